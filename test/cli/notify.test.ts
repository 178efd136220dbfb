import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TMP } from '../helpers/build.ts';
import { tempContent } from '../helpers/content.ts';
import { type GitHubStandIn, startGitHubStandIn, startWebhookReceiver, TOKEN, type WebhookReceiver } from '../helpers/github-stand-in.ts';
import { runScriptAsync } from '../helpers/run.ts';
import { listen } from '../helpers/static-server.ts';

/**
 * `roadlog notify` as a process, against a local stand-in for GitHub's REST
 * API and a webhook receiver, both on 127.0.0.1: nothing reaches the internet.
 */

// What the last published site said. Since then, a release shipped csv-export, dark-mode went
// into progress, blockchain was declined, pdf-export went under review, work-offline and
// api-access were planned (api-access is new), keyboard-shortcuts stayed planned, bulk-edit is new and open.
const PREVIOUS = {
  version: 1,
  kind: 'feedback',
  items: [
    { id: 'export-to-csv', status: 'planned' },
    { id: 'night-theme', status: 'planned' },
    { id: 'blockchain', status: 'open' },
    { id: 'work-offline', status: 'open' },
    { id: 'keyboard-shortcuts', status: 'planned' },
    { id: 'pdf-export', status: 'open' },
    // Deleted since: nobody to tell.
    { id: 'old-request', status: 'open' },
  ],
};
const MOVED = ['api-access', 'blockchain', 'export-to-csv', 'night-theme', 'pdf-export', 'work-offline'];
const TOLD = {
  'acme/app#1': 'export-to-csv',
  'acme/app#2': 'night-theme',
  'acme/app#3': 'blockchain',
  'acme/app#5': 'api-access',
  'acme/app#6': 'pdf-export',
};
const SITE = 'https://notify.example/roadmap/';

let github: GitHubStandIn;
let hooks: WebhookReceiver;
let previousFile: string;

beforeAll(async () => {
  github = await startGitHubStandIn();
  hooks = await startWebhookReceiver();
  mkdirSync(TMP, { recursive: true });
  previousFile = join(mkdtempSync(join(TMP, 'notify-')), 'feedback.json');
  writeFileSync(previousFile, JSON.stringify(PREVIOUS));
});
afterAll(async () => {
  await github?.close();
  await hooks?.close();
});

beforeEach(() => {
  github.requests.length = 0;
  hooks.received.length = 0;
  github.issues.clear();
  for (const number of [1, 2, 3, 4, 5, 6, 7]) github.issues.set(`acme/app#${number}`, { state: 'open', state_reason: null, comments: [] });
  // Someone talked on #1 before: the comments run over two pages.
  github.issues.get('acme/app#1')!.comments.push('Any news?', 'Same here', 'Please!');
});

const env = (extra: Record<string, string> = {}) => ({
  GITHUB_API_URL: github.apiUrl,
  GITHUB_TOKEN: TOKEN,
  GITHUB_SERVER_URL: '',
  NOTIFY_TEST_SLACK_URL: hooks.url('slack'),
  ROADLOG_WEBHOOK_URL: hooks.url('json'),
  ROADLOG_WEBHOOK_FORMAT: '',
  ROADLOG_SITE_URL: '',
  ROADLOG_BASE: '',
  ...extra,
});

function notify(args: string[], extra: Record<string, string> = {}, content = 'test/fixtures/notify/content') {
  return runScriptAsync('bin/roadlog.mjs', ['notify', '--content', content, ...args], env(extra));
}

const noStack = (output: string) => expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('roadlog notify, a dry run', () => {
  it('lists exactly the requests whose public status moved, with the explanation and page, and contacts nobody', async () => {
    const run = await notify(['--previous', previousFile]);
    expect(run.code, run.stderr).toBe(0);
    const rows = run.stdout
      .split('\n')
      .slice(3)
      .filter((line) => /^[a-z0-9-]+\s{2,}/.test(line));
    expect(rows.map((row) => row.split(/\s+/).slice(0, 3))).toEqual([
      ['api-access', 'new', 'planned'],
      ['blockchain', 'open', 'declined'],
      ['export-to-csv', 'planned', 'shipped'],
      ['night-theme', 'planned', 'in-progress'],
      ['pdf-export', 'open', 'under-review'],
      ['work-offline', 'open', 'planned'],
    ]);
    expect(run.stdout).toContain('Shipped in 2.0.0 on 12 March 2026 as CSV export.');
    expect(run.stdout).toContain(`${SITE}feedback/export-to-csv/`);
    expect(run.stdout).toContain('acme/app#1: comment, close as completed');
    expect(run.stdout).toContain('acme/app#3: comment, close as not planned');
    expect(run.stdout).toContain('not told: its source is not a GitHub issue');
    expect(run.stdout).toContain('Dry run: nothing was sent');
    expect(github.requests).toEqual([]);
    expect(hooks.received).toEqual([]);
  });

  it('prints the plan as JSON for scripts', async () => {
    const run = await notify(['--previous', previousFile, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.send).toBe(false);
    expect(plan.changes.map((change: { id: string }) => change.id)).toEqual(MOVED);
    expect(plan.changes.find((change: { id: string }) => change.id === 'export-to-csv')).toEqual({
      id: 'export-to-csv',
      title: 'Export my data to CSV',
      from: 'planned',
      to: 'shipped',
      fromLabel: 'Planned',
      toLabel: 'Shipped',
      explanation: 'Shipped in 2.0.0 on 12 March 2026 as CSV export.',
      url: `${SITE}feedback/export-to-csv/`,
      release: `${SITE}changelog/v2-0/`,
      source: 'https://github.com/acme/app/issues/1',
      github: { issue: 'acme/app#1', close: 'completed', skip: null },
    });
    // Webhook addresses are secrets: the plan names their host and where they came from, never the path.
    expect(plan.webhooks).toEqual([
      { target: `${hooks.origin} ($NOTIFY_TEST_SLACK_URL)`, format: 'slack', problem: null },
      { target: `${hooks.origin} ($ROADLOG_WEBHOOK_URL)`, format: 'json', problem: null },
    ]);
    expect(run.stdout).not.toContain(hooks.url('slack'));
    expect(github.requests).toEqual([]);
  });

  it('reads --previous from a URL too', async () => {
    github.files.set('/site/api/v1/feedback.json', JSON.stringify(PREVIOUS));
    const run = await notify(['--previous', `${github.origin}/site/api/v1/feedback.json`, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).changes.map((change: { id: string }) => change.id)).toEqual(MOVED);
    expect(github.requests.map((request) => request.path)).toEqual(['/site/api/v1/feedback.json']);
  });

  it('says nothing moved when nothing did', async () => {
    const same = join(mkdtempSync(join(TMP, 'notify-same-')), 'feedback.json');
    const now = JSON.parse((await notify(['--previous', previousFile, '--format', 'json'])).stdout);
    const statuses = Object.fromEntries(PREVIOUS.items.map((item) => [item.id, item.status]));
    for (const change of now.changes) statuses[change.id] = change.to;
    writeFileSync(same, JSON.stringify({ ...PREVIOUS, items: Object.entries(statuses).map(([id, status]) => ({ id, status })) }));
    const run = await notify(['--previous', same, '--send']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No request moved: nothing to tell.');
    expect(github.requests).toEqual([]);
    expect(hooks.received).toEqual([]);
  });
});

describe('roadlog notify --send', () => {
  it('comments once on each moved GitHub issue, closes shipped and declined ones, sends one digest per webhook; a second run posts nothing', async () => {
    const first = await notify(['--previous', previousFile, '--send']);
    expect(first.code, `${first.stdout}\n${first.stderr}`).toBe(0);

    // One comment per moved GitHub-sourced request, none elsewhere.
    const posted = github.mutations().filter((request) => request.method === 'POST');
    expect(posted.map((request) => request.path).sort()).toEqual(
      [1, 2, 3, 5, 6].map((number) => `/api/v3/repos/acme/app/issues/${number}/comments`),
    );
    for (const [issue, id] of Object.entries(TOLD)) {
      const comments = github.issues.get(issue)!.comments.filter((body) => body.includes('roadlog:notify'));
      expect(comments, issue).toHaveLength(1);
      expect(comments[0]).toContain(`${SITE}feedback/${id}/`);
    }
    for (const untouched of ['acme/app#4', 'acme/app#7']) expect(github.issues.get(untouched)!.comments, untouched).toEqual([]);
    const shipped = github.issues.get('acme/app#1')!.comments.at(-1)!;
    expect(shipped).toContain('<!-- roadlog:notify request=export-to-csv status=shipped -->');
    expect(shipped).toContain('Shipped in [2.0.0](https://notify.example/roadmap/changelog/v2-0/) on 12 March 2026');
    expect(shipped).toContain(`Release notes: ${SITE}changelog/v2-0/`);
    expect(shipped).toContain(`${SITE}feedback/export-to-csv/feed.xml`);
    // A title that says "@everyone" must not notify anyone on GitHub.
    const night = github.issues.get('acme/app#2')!.comments[0]!;
    expect(night).not.toMatch(/@everyone/);

    // Shipped: closed as completed; declined: as not planned; the others stay open.
    expect(github.issues.get('acme/app#1')).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.issues.get('acme/app#3')).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    for (const open of [2, 5, 6]) expect(github.issues.get(`acme/app#${open}`)!.state).toBe('open');

    // Every call carries the token, GitHub's media type and API version.
    for (const request of github.requests) {
      expect(request.headers).toMatchObject({
        authorization: `Bearer ${TOKEN}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      });
    }

    // One digest per webhook, each naming every moved request with its title, status and page.
    expect(hooks.received.map((hook) => hook.path).sort()).toEqual(['/json', '/slack']);
    const slack = hooks.received.find((hook) => hook.path === '/slack')!.body as { text: string; blocks: { text?: { text: string } }[] };
    expect(slack.text).toBe('6 requests moved on Notify Fixture');
    const slackText = JSON.stringify(slack.blocks);
    for (const id of MOVED) expect(slackText).toContain(`${SITE}feedback/${id}/`);
    expect(slackText).toContain('Planned → Shipped');
    const json = hooks.received.find((hook) => hook.path === '/json')!.body as {
      kind: string;
      changes: { from: string | null; to: string; request: { id: string; title: string; url: string; status: string } }[];
    };
    expect(json.kind).toBe('roadlog.notify');
    expect(json.changes.map((change) => [change.request.id, change.from, change.to])).toEqual([
      ['api-access', null, 'planned'],
      ['blockchain', 'open', 'declined'],
      ['export-to-csv', 'planned', 'shipped'],
      ['night-theme', 'planned', 'in-progress'],
      ['pdf-export', 'open', 'under-review'],
      ['work-offline', 'open', 'planned'],
    ]);
    expect(json.changes[2]!.request).toMatchObject({
      title: 'Export my data to CSV',
      url: `${SITE}feedback/export-to-csv/`,
      status: 'shipped',
    });

    expect(first.stdout).toMatch(/Sent:\n(?:.*\n)*\s+acme\/app#1\s+export-to-csv\s+commented \(shipped\), closed as completed/);
    expect(first.stdout).toMatch(/Not sent:\n(?:.*\n)*\s+work-offline\s+its source is not a GitHub issue/);
    expect(first.stdout).toContain('7 sent, 1 not sent, 0 failed.');

    // The same input again: every issue was told, so nothing is posted or closed.
    github.requests.length = 0;
    const second = await notify(['--previous', previousFile, '--send']);
    expect(second.code, second.stderr).toBe(0);
    expect(github.mutations()).toEqual([]);
    for (const [issue, id] of Object.entries(TOLD)) {
      expect(
        github.issues.get(issue)!.comments.filter((body) => body.includes(`request=${id} `)),
        issue,
      ).toHaveLength(1);
    }
    expect(second.stdout).toContain('already told it is shipped');
  });

  it('waits out a 429 with retry-after, then tells the issue', async () => {
    github.failNext('POST /api/v3/repos/acme/app/issues/2/comments', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit' },
    });
    const started = Date.now();
    const run = await notify(['--previous', previousFile, '--send', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(run.stderr).toContain("waiting 1 s for GitHub's rate limit (429)");
    const attempts = github.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/issues/2/comments'));
    expect(attempts).toHaveLength(2);
    expect(github.issues.get('acme/app#2')!.comments).toHaveLength(1);
  });

  it('reports a 500 on one issue and still tells the others; the exit code says something failed', async () => {
    github.failNext('POST /api/v3/repos/acme/app/issues/3/comments', { status: 500, body: { message: 'Server Error' } });
    const run = await notify(['--previous', previousFile, '--send']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Failed:\n\s+acme\/app#3\s+blockchain\s+GitHub answered 500 Internal Server Error: Server Error/);
    expect(run.stdout).toContain('6 sent, 1 not sent, 1 failed.');
    expect(github.issues.get('acme/app#3')).toMatchObject({ state: 'open', comments: [] });
    for (const told of ['acme/app#1', 'acme/app#2', 'acme/app#5', 'acme/app#6']) {
      expect(
        github.issues.get(told)!.comments.some((body) => body.includes('roadlog:notify')),
        told,
      ).toBe(true);
    }
    expect(hooks.received).toHaveLength(2);
    noStack(run.stdout + run.stderr);

    // Run again for what failed, without a second digest: only the missed issue is told.
    github.requests.length = 0;
    const again = await notify(['--previous', previousFile, '--send', '--skip-webhooks']);
    expect(again.code, again.stdout).toBe(0);
    expect(github.mutations().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/v3/repos/acme/app/issues/3/comments',
      'PATCH /api/v3/repos/acme/app/issues/3',
    ]);
    expect(hooks.received).toHaveLength(2);
    expect(again.stdout).toContain('Webhooks: left out (--skip-webhooks).');
  });

  it('gives up on a rate limit that outlasts --max-wait, and says what was not sent', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    github.failNext('GET /api/v3/repos/acme/app/issues/5', {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' },
    });
    const run = await notify(['--previous', previousFile, '--send', '--max-wait', '5']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("GitHub's rate limit asks to wait");
    // After the limit, no more calls to GitHub: every issue is reported, none is tried.
    expect(github.requests).toHaveLength(1);
    expect(run.stdout).toContain('2 sent, 1 not sent, 5 failed.');
  });

  it('reports a failed webhook like a failed comment', async () => {
    hooks.failNext('slack', 500);
    const run = await notify(['--previous', previousFile, '--send']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`Failed:\\n\\s+${hooks.origin.replace(/[.]/g, '\\.')} \\(\\$NOTIFY_TEST_SLACK_URL\\)\\s+.*answered 500`),
    );
    expect(run.stdout).not.toContain(hooks.url('slack'));
  });

  it('stops asking GitHub once it refuses the token, and says to check it', async () => {
    const run = await notify(['--previous', previousFile, '--send'], { GITHUB_TOKEN: 'wrong-token' });
    expect(run.code).toBe(1);
    expect(github.requests.filter((request) => request.path.startsWith('/api/v3/'))).toHaveLength(1);
    expect(run.stdout).toContain('GitHub refused the token (401 Unauthorized: Bad credentials): check GITHUB_TOKEN');
    expect(run.stdout).toContain('2 sent, 1 not sent, 5 failed.');
  });

  it('refuses to send without a token: exit 2, nothing sent', async () => {
    const run = await notify(['--previous', previousFile, '--send'], { GITHUB_TOKEN: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--send needs GITHUB_TOKEN');
    expect(run.stderr).toContain('nothing was sent');
    expect(github.requests).toEqual([]);
    expect(hooks.received).toEqual([]);
  });
});

describe('roadlog notify, refusals', () => {
  it('exits 2 with a clear message for a previous file that is missing, malformed or unreachable', async () => {
    const dir = mkdtempSync(join(TMP, 'notify-bad-'));
    writeFileSync(join(dir, 'broken.json'), '{"version": 1, "kind": "feedback", "items": [');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ version: 1, kind: 'roadmap', items: [] }));
    // An address nothing listens on any more, and a server that never answers.
    const gone = await listen(() => {});
    await gone.close();
    const silent = await listen(() => {});
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.json'), /missing\.json: no such file/],
      [join(dir, 'broken.json'), /broken\.json: not JSON/],
      [join(dir, 'other.json'), /other\.json: not the feedback\.json of a Roadlog site .*kind/],
      [`${github.origin}/nothing-here/feedback.json`, /answered 404 Not Found/],
      [`${gone.origin}/api/v1/feedback.json`, new RegExp(`${gone.origin} could not be reached \\(ECONNREFUSED\\)`)],
      [`${silent.origin}/api/v1/feedback.json`, new RegExp(`${silent.origin} did not answer within 1 s`)],
    ];
    for (const [previous, message] of cases) {
      const run = await notify(['--previous', previous, '--timeout', '1']);
      expect(run.code, previous).toBe(2);
      expect(run.stderr, previous).toMatch(message);
      noStack(run.stderr);
    }
    await silent.close();
  });

  it('refuses content with errors: exit 1 with the problems, nothing compared', async () => {
    const content = tempContent('notify', 'notify-broken');
    writeFileSync(join(content, 'feedback/typo.md'), '---\ntitle: Typo\nsubmitted: 2026-01-01\nroadmap: csv-exprot\n---\n');
    const run = await notify(['--previous', previousFile, '--send'], {}, content);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('csv-exprot');
    expect(run.stderr).toContain('did you mean "csv-export"?');
    expect(run.stderr).toContain('Nothing was compared or sent');
    expect(github.requests).toEqual([]);
  });

  it('explains its usage: --previous is required, formats are checked', async () => {
    const missing = await notify([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--previous <file or URL>');
    expect(missing.stderr).toContain('Usage: npm run notify');
    const format = await notify(['--previous', previousFile, '--format', 'yaml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "yaml": use table, json');
    const hookFormat = await notify(['--previous', previousFile], { ROADLOG_WEBHOOK_FORMAT: 'teams' });
    expect(hookFormat.code).toBe(2);
    expect(hookFormat.stderr).toContain('ROADLOG_WEBHOOK_FORMAT is "teams": use slack, discord, json');
  });
});
