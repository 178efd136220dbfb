/**
 * npm run notify -- --previous <feedback.json or URL> [--send] [--format table|json]
 * Tells customers whose request moved since the last published site: a dry run unless --send.
 */
import { contentDirFromEnv } from '../../core/paths.ts';
import {
  formatJson,
  formatPlanTable,
  formatReportTable,
  NOTIFY_FORMATS,
  type NotifyFormat,
  reportFailed,
} from '../../core/notify/format.ts';
import { DEFAULT_GITHUB_API_URL, GitHubClient } from '../../core/notify/github.ts';
import { DEFAULT_TIMEOUT_MS, seconds } from '../../core/notify/http.ts';
import { needsGitHub, planNotify, sendNotify } from '../../core/notify/plan.ts';
import { loadPrevious, PreviousError } from '../../core/notify/previous.ts';
import { webhookEnvProblem } from '../../core/notify/webhooks.ts';
import { formatText } from '../../core/validate/format.ts';
import { validateProject } from '../../core/validate/project.ts';
import { createSiteModel } from '../../core/view/site-model.ts';
import { parseCommandLine, sourceLineReader, UsageError, useColor } from '../args.ts';

const DEFAULT_MAX_WAIT_S = 600;

const USAGE = `Usage: npm run notify -- --previous <file or URL> [--send] [--format table|json]

Lists every request whose public status changed since the last published site,
and with --send tells the people who asked: one comment on each request's GitHub
issue (closing it when shipped or declined, see notify.github.close in
content/site.yaml) and one digest to each webhook. Nobody is told twice.

  --previous  the /api/v1/feedback.json of the last published site: a file, or an http(s) URL
  --send      comment, close and post; without it, a dry run that contacts nothing but --previous
  --skip-webhooks  leave the webhooks out (to tell the issues a failed run missed, without a second digest)
  --format    table (default) or json
  --content   the content folder (default: content, or $ROADLOG_CONTENT)
  --timeout   seconds to wait for each answer (default ${DEFAULT_TIMEOUT_MS / 1000})
  --max-wait  seconds to wait in all for GitHub's rate limits before giving up (default ${DEFAULT_MAX_WAIT_S})

Environment:
  GITHUB_TOKEN            a token that may comment on and close the issues (needed by --send)
  GITHUB_API_URL          the REST API (default ${DEFAULT_GITHUB_API_URL})
  GITHUB_SERVER_URL       where issue addresses point (default https://github.com)
  ROADLOG_WEBHOOK_URL     one more webhook, beside notify.webhooks in site.yaml
  ROADLOG_WEBHOOK_FORMAT  its format: slack, discord or json (default: from its address)

Exit codes: 0 done, 1 content errors or something could not be sent,
2 usage, configuration or --previous errors.`;

export const usage = USAGE;

function positiveSeconds(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new UsageError(`${option} expects a number of seconds above 0, got "${value}"`);
  return number * 1000;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    previous: { type: 'string' },
    send: { type: 'boolean', default: false },
    'skip-webhooks': { type: 'boolean', default: false },
    format: { type: 'string', short: 'f', default: 'table' },
    content: { type: 'string' },
    timeout: { type: 'string' },
    'max-wait': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.previous) throw new UsageError('give the feedback.json of the last published site: --previous <file or URL>');
  const format = values.format as NotifyFormat;
  if (!NOTIFY_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}": use ${NOTIFY_FORMATS.join(', ')}`);
  const timeoutMs = positiveSeconds(values.timeout, '--timeout', DEFAULT_TIMEOUT_MS);
  const maxWaitMs = positiveSeconds(values['max-wait'], '--max-wait', DEFAULT_MAX_WAIT_S * 1000);
  const env = process.env;
  const envProblem = webhookEnvProblem(env);
  if (envProblem) {
    process.stderr.write(`roadlog notify: ${envProblem}\n`);
    return 2;
  }

  // The current statuses come from the content itself, as the next build would publish them.
  const root = process.cwd();
  const result = validateProject({ root, content: values.content ?? contentDirFromEnv() });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (result.configBroken || errors.length > 0 || !result.config) {
    process.stderr.write(formatText(errors, { color: useColor(process.stderr), sourceLine: sourceLineReader(root) }));
    process.stderr.write('\nNothing was compared or sent: fix the content first, so customers are told what the site will say.\n');
    return result.configBroken ? 2 : 1;
  }

  let previous: Awaited<ReturnType<typeof loadPrevious>>;
  try {
    previous = await loadPrevious(values.previous, { cwd: root, timeoutMs });
  } catch (cause) {
    if (!(cause instanceof PreviousError)) throw cause;
    process.stderr.write(`roadlog notify: ${cause.message}\n`);
    return 2;
  }

  const plan = planNotify(createSiteModel(result.config, result.corpus), previous, { env, skipWebhooks: values['skip-webhooks'] });
  if (!values.send) {
    process.stdout.write(format === 'json' ? formatJson(plan) : formatPlanTable(plan, { send: false }));
    return 0;
  }

  const token = env.GITHUB_TOKEN?.trim();
  if (needsGitHub(plan) && !token) {
    process.stderr.write(
      'roadlog notify: --send needs GITHUB_TOKEN, a token that may comment on and close the issues; nothing was sent.\n' +
        'On GitHub Actions, pass the workflow\'s token (secrets.GITHUB_TOKEN) with "permissions: issues: write"; see the README.\n',
    );
    return 2;
  }
  const github = token
    ? new GitHubClient({
        apiUrl: env.GITHUB_API_URL?.trim() || DEFAULT_GITHUB_API_URL,
        token,
        timeoutMs,
        maxWaitMs,
        onWait: (ms, reason) => process.stderr.write(`roadlog notify: waiting ${seconds(ms)} for ${reason}\n`),
      })
    : undefined;
  if (format === 'table') process.stdout.write(formatPlanTable(plan, { send: true }));
  const report = await sendNotify(plan, { github, timeoutMs });
  process.stdout.write(format === 'json' ? formatJson(plan, report) : `\n${formatReportTable(report)}`);
  return reportFailed(report) ? 1 : 0;
}
