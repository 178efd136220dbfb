import { statusLabel } from './github.ts';
import type { NotifyPlan, NotifyReport, Outcome, PlannedChange } from './plan.ts';

/**
 * What `roadlog notify` prints for maintainers: the plan (a dry run) and,
 * with `--send`, what was sent and what was not. JSON for scripts.
 */

export const NOTIFY_FORMATS = ['table', 'json'] as const;
export type NotifyFormat = (typeof NOTIFY_FORMATS)[number];

const count = (value: number, word: string) => `${value} ${word}${value === 1 ? '' : 's'}`;

const CLOSE_WORDS = { completed: 'close as completed', not_planned: 'close as not planned' } as const;

function githubColumn(change: PlannedChange): string {
  const action = change.github;
  if (action.issue === undefined) return `not told: ${action.skip}`;
  return `${action.name}: comment${action.close ? `, ${CLOSE_WORDS[action.close]}` : ''}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, index) => cell.padEnd(widths[index]!))
      .join('  ')
      .trimEnd(),
  );
}

function comparedWith(plan: NotifyPlan): string {
  return `Compared with ${plan.previous.source}: ${count(plan.previous.requests, 'request')} then, ${plan.requests} now.`;
}

/** The plan as a table: one row per request that moved, with what it says and where it would go. */
export function formatPlanTable(plan: NotifyPlan, options: { send: boolean }): string {
  if (plan.changes.length === 0) return `${comparedWith(plan)}\nNo request moved: nothing to tell.\n`;
  const rows = [
    ['request', 'from', 'to', 'GitHub'],
    ...plan.changes.map((change) => [change.id, change.from ?? 'new', change.to, githubColumn(change)]),
  ];
  const [header, ...body] = table(rows);
  const lines = [`${comparedWith(plan)} ${count(plan.changes.length, 'request')} moved:`, '', header!];
  plan.changes.forEach((change, index) => {
    lines.push(body[index]!, `    ${change.title}`, `    ${change.explanation}`, `    ${change.url}`);
  });
  lines.push('');
  if (plan.webhooksSkipped) lines.push('Webhooks: left out (--skip-webhooks).');
  else if (plan.webhooks.length === 0) lines.push('Webhooks: none (notify.webhooks in site.yaml, or ROADLOG_WEBHOOK_URL).');
  for (const hook of plan.webhooks) {
    lines.push(`Webhook: one ${hook.format} digest to ${hook.label}${hook.problem ? `, but ${hook.problem}` : ''}.`);
  }
  if (!options.send) lines.push('', 'Dry run: nothing was sent. Run again with --send to tell them.');
  return `${lines.join('\n')}\n`;
}

const RESULT_HEADINGS = { sent: 'Sent', skipped: 'Not sent', failed: 'Failed' } as const;

/** After `--send`: what went out, what did not and why, what failed. */
export function formatReportTable(report: NotifyReport): string {
  const { outcomes } = report;
  if (outcomes.length === 0) return '';
  const lines: string[] = [];
  for (const result of ['sent', 'skipped', 'failed'] as const) {
    const group = outcomes.filter((outcome) => outcome.result === result);
    if (group.length === 0) continue;
    lines.push(`${RESULT_HEADINGS[result]}:`);
    // Issues and webhooks in tables of their own, so a webhook's long name does not widen the issues' columns.
    for (const kind of ['github', 'webhook'] as const) {
      const rows = group
        .filter((outcome) => outcome.kind === kind)
        .map((outcome) => [outcome.target, outcome.request && outcome.request !== outcome.target ? outcome.request : '', outcome.detail]);
      // Webhooks have no request column.
      const shown = rows.map((row) => row.filter((_, column) => rows.some((other) => other[column])));
      if (shown.length) lines.push(...table(shown).map((line) => `  ${line}`));
    }
  }
  lines.push(summaryLine(outcomes));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(outcomes: readonly Outcome[]): string {
  const of = (result: Outcome['result']) => outcomes.filter((outcome) => outcome.result === result).length;
  return `${of('sent')} sent, ${of('skipped')} not sent, ${of('failed')} failed.`;
}

export function reportFailed(report: NotifyReport): boolean {
  return report.outcomes.some((outcome) => outcome.result === 'failed');
}

/** The plan, and with `--send` what happened, as JSON for scripts. */
export function formatJson(plan: NotifyPlan, report?: NotifyReport): string {
  const document = {
    version: 1,
    send: report !== undefined,
    site: plan.site,
    previous: plan.previous,
    requests: plan.requests,
    changes: plan.changes.map((change) => ({
      id: change.id,
      title: change.title,
      from: change.from,
      to: change.to,
      fromLabel: statusLabel(change.from),
      toLabel: statusLabel(change.to),
      explanation: change.explanation,
      url: change.url,
      release: change.release?.url ?? null,
      source: change.source ?? null,
      github:
        change.github.issue === undefined
          ? { issue: null, close: null, skip: change.github.skip }
          : { issue: change.github.name, close: change.github.close ?? null, skip: null },
    })),
    webhooks: plan.webhooks.map((hook) => ({ target: hook.label, format: hook.format, problem: hook.problem ?? null })),
    outcomes: report?.outcomes.map((outcome) => ({ ...outcome, request: outcome.request ?? null })) ?? null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
