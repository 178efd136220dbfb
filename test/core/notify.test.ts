import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/core/load/site-config.ts';
import { findChanges } from '../../src/core/notify/changes.ts';
import { GitHubClient, issueComment, notifyMarker, parseIssueUrl, rateLimitWait, toldMarkers } from '../../src/core/notify/github.ts';
import { markdownText } from '../../src/core/notify/messages.ts';
import { planNotify } from '../../src/core/notify/plan.ts';
import { PreviousError, parsePrevious } from '../../src/core/notify/previous.ts';
import { type Digest, digestPayload, inferWebhookFormat, webhookEnvProblem, webhookTargets } from '../../src/core/notify/webhooks.ts';
import type { FeedbackPublicStatus } from '../../src/core/statuses.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';
import { type GitHubStandIn, startGitHubStandIn, TOKEN } from '../helpers/github-stand-in.ts';

const content = corpus({
  roadmap: [roadmap('csv-export', { title: 'CSV export' }), roadmap('api', { status: 'next', target: '2026-Q4' })],
  feedback: [
    feedback('csv', { title: 'Export [all] to CSV for @team #12', roadmap: 'csv-export', source: 'https://github.com/acme/app/issues/7' }),
    feedback('api-please', { roadmap: 'api' }),
    feedback('fresh', {}),
    feedback('nope', { status: 'declined', reason: 'Not for us.', source: 'https://forum.example/t/1' }),
  ],
  changelog: [release('v4', { date: '2026-03-12', version: '4.0.0', ships: ['csv-export'] })],
});
const model = (overrides: Record<string, unknown> = {}) =>
  createSiteModel(siteConfig({ url: 'https://example.com', base: '/roadmap/', ...overrides }), content);
const previous = (entries: Record<string, FeedbackPublicStatus>) => new Map(Object.entries(entries));
/** Only csv moved since: a release shipped it. */
const onlyCsv = previous({ csv: 'planned', 'api-please': 'planned', fresh: 'open', nope: 'declined' });

describe('which requests moved', () => {
  it('compares each public status with the last published site; a new request counts only when it is not open', () => {
    const changes = findChanges(model(), previous({ csv: 'planned', 'api-please': 'planned', nope: 'open', gone: 'open' }));
    expect(changes.map((change) => [change.id, change.from, change.to])).toEqual([
      ['csv', 'planned', 'shipped'],
      ['nope', 'open', 'declined'],
    ]);
    expect(findChanges(model(), previous({})).map((change) => [change.id, change.from, change.to])).toEqual([
      ['api-please', null, 'planned'],
      ['csv', null, 'shipped'],
      ['nope', null, 'declined'],
    ]);
  });

  it('says what the request page says, with absolute links, and where the release notes are', () => {
    const [csv] = findChanges(model(), onlyCsv);
    expect(csv).toMatchObject({
      explanation: 'Shipped in 4.0.0 on 12 March 2026 as CSV export.',
      url: 'https://example.com/roadmap/feedback/csv/',
      feedUrl: 'https://example.com/roadmap/feedback/csv/feed.xml',
      release: { id: 'v4', version: '4.0.0', url: 'https://example.com/roadmap/changelog/v4/' },
      record: { id: 'csv', status: 'shipped', totalVotes: 0 },
    });
    expect(csv!.explanationParts).toContainEqual({ text: '4.0.0', href: 'https://example.com/roadmap/changelog/v4/' });
  });
});

describe('the GitHub comment', () => {
  const [csv] = findChanges(model(), onlyCsv);
  const comment = issueComment(csv!, 'Acme Roadmap');

  it('tells the customer the new status, why, and where to look, with a hidden marker', () => {
    expect(comment.split('\n')[0]).toBe('<!-- roadlog:notify request=csv status=shipped -->');
    expect(comment).toContain('**This request has shipped. Thank you for asking for it!**');
    expect(comment).toContain(
      'Shipped in [4.0.0](https://example.com/roadmap/changelog/v4/) on 12 March 2026 as [CSV export](https://example.com/roadmap/roadmap/csv-export/).',
    );
    expect(comment).toContain('Release notes: https://example.com/roadmap/changelog/v4/');
    expect(comment).toContain('Where it stands on Acme Roadmap: https://example.com/roadmap/feedback/csv/');
    expect(comment).toContain('https://example.com/roadmap/feedback/csv/feed.xml');
  });

  it('reads its own markers back, and only those', () => {
    expect(toldMarkers([comment, 'A customer wrote <!-- something else -->', notifyMarker('other', 'planned')])).toEqual(
      new Set(['csv shipped', 'other planned']),
    );
  });

  it('keeps customers’ words from mentioning people, linking issues or turning into markup', () => {
    expect(markdownText('Export [all] to CSV for @team #12 *now*')).toBe('Export \\[all\\] to CSV for @&#8203;team #&#8203;12 \\*now\\*');
    expect(markdownText('mail me: a@b.example')).toBe('mail me: a@&#8203;b.example');
  });
});

describe('GitHub issue addresses', () => {
  it.each([
    ['https://github.com/acme/app/issues/12', { owner: 'acme', repo: 'app', number: 12 }],
    ['https://github.com/acme/app.js/issues/12/', { owner: 'acme', repo: 'app.js', number: 12 }],
    ['https://www.github.com/Acme/App/issues/3#issuecomment-99', { owner: 'Acme', repo: 'App', number: 3 }],
    ['https://github.com/acme/app/issues/12?utm=x', { owner: 'acme', repo: 'app', number: 12 }],
  ])('%s is an issue', (url, expected) => {
    expect(parseIssueUrl(url)).toEqual(expected);
  });

  it.each([
    'https://github.com/acme/app/pull/12',
    'https://github.com/acme/app/discussions/12',
    'https://github.com/acme/app/issues',
    'https://gitlab.com/acme/app/issues/12',
    'https://github.com.evil.example/acme/app/issues/12',
    'not a url',
  ])('%s is not', (url) => {
    expect(parseIssueUrl(url)).toBeUndefined();
  });

  it('follows GITHUB_SERVER_URL for GitHub Enterprise Server', () => {
    expect(parseIssueUrl('https://git.corp.example/team/app/issues/4', 'https://git.corp.example')).toEqual({
      owner: 'team',
      repo: 'app',
      number: 4,
    });
    expect(parseIssueUrl('https://github.com/team/app/issues/4', 'https://git.corp.example')).toBeUndefined();
  });
});

describe('rate limits', () => {
  const answer = (status: number, headers: Record<string, string> = {}) => new Response('', { status, headers });
  const now = Date.parse('2026-03-12T10:00:00Z');

  it('waits what retry-after says, in seconds or as a date', () => {
    expect(rateLimitWait(answer(429, { 'retry-after': '7' }), '', now)).toBe(7000);
    expect(rateLimitWait(answer(403, { 'retry-after': 'Thu, 12 Mar 2026 10:00:30 GMT' }), '', now)).toBe(30_000);
  });

  it('waits until x-ratelimit-reset when no request remains', () => {
    const reset = String(now / 1000 + 120);
    expect(rateLimitWait(answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), '', now)).toBe(121_000);
  });

  it('waits a minute for a rate limit that gives no time, and not at all for a 403 about permissions', () => {
    expect(rateLimitWait(answer(429), '', now)).toBe(60_000);
    expect(rateLimitWait(answer(403), '{"message":"You have exceeded a secondary rate limit"}', now)).toBe(60_000);
    expect(rateLimitWait(answer(403), '{"message":"Resource not accessible by integration"}', now)).toBeUndefined();
    expect(rateLimitWait(answer(500, { 'retry-after': '1' }), '', now)).toBeUndefined();
  });
});

describe('the GitHub client', () => {
  let github: GitHubStandIn;
  beforeAll(async () => {
    github = await startGitHubStandIn({ commentsPerPage: 2 });
  });
  afterAll(() => github?.close());

  const client = (options: { maxWaitMs?: number; waits?: number[] } = {}) => {
    const waits = options.waits ?? [];
    let clock = Date.parse('2026-03-12T10:00:00Z');
    return new GitHubClient({
      apiUrl: `${github.apiUrl}/`,
      token: TOKEN,
      timeoutMs: 5000,
      maxWaitMs: options.maxWaitMs ?? 600_000,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
  };
  const issue = { owner: 'acme', repo: 'app', number: 1 };

  it('reads every page of comments, following Link headers on the API’s own origin only', async () => {
    github.issues.set('acme/app#1', { state: 'open', state_reason: null, comments: ['a', 'b', 'c', 'd', 'e'] });
    github.requests.length = 0;
    expect(await client().listComments(issue)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(github.requests.map((request) => request.path)).toEqual([
      '/api/v3/repos/acme/app/issues/1/comments?per_page=100',
      '/api/v3/repos/acme/app/issues/1/comments?per_page=2&page=2',
      '/api/v3/repos/acme/app/issues/1/comments?per_page=2&page=3',
    ]);
  });

  it('waits out retry-after, then within --max-wait gives up and fails every later call at once', async () => {
    github.issues.set('acme/app#1', { state: 'open', state_reason: null, comments: [] });
    const waits: number[] = [];
    const limited = client({ maxWaitMs: 100_000, waits });
    github.failNext('POST /api/v3/repos/acme/app/issues/1/comments', { status: 429, headers: { 'retry-after': '60' } });
    await limited.createComment(issue, 'hello');
    expect(waits).toEqual([60_000]);
    expect(github.issues.get('acme/app#1')!.comments).toEqual(['hello']);

    github.failNext('GET /api/v3/repos/acme/app/issues/1', { status: 429, headers: { 'retry-after': '60' } });
    github.requests.length = 0;
    await expect(limited.getIssue(issue)).rejects.toMatchObject({ rateLimited: true, message: expect.stringContaining('--max-wait') });
    await expect(limited.createComment(issue, 'again')).rejects.toMatchObject({ rateLimited: true });
    expect(github.requests).toHaveLength(1);
  });

  it('says what to do about an issue it cannot see', async () => {
    await expect(client().getIssue({ owner: 'acme', repo: 'app', number: 404 })).rejects.toThrow(
      'GitHub answered 404 Not Found: Not Found (no such issue, or the token cannot see its repository',
    );
  });

  it('pauses between mutative requests once there are many of them', async () => {
    github.issues.set('acme/app#1', { state: 'open', state_reason: null, comments: [] });
    const waits: number[] = [];
    const paced = client({ waits });
    for (let index = 0; index < 22; index++) await paced.createComment(issue, `comment ${index}`);
    expect(waits).toEqual([1000, 1000]);
  });
});

describe('webhook digests', () => {
  const many = Array.from({ length: 60 }, (_, index) => `r${index}`);
  const changes = findChanges(
    createSiteModel(
      siteConfig({ url: 'https://example.com' }),
      corpus({ feedback: many.map((id) => feedback(id, { title: `<@everyone> & ${id}`, status: 'under-review' })) }),
    ),
    previous({}),
  );
  const digest: Digest = {
    site: { title: 'Acme', url: 'https://example.com/', feedbackUrl: 'https://example.com/feedback/' },
    previous: 'prev.json',
    changes,
  };

  it('Slack: text and blocks within Slack’s limits, the rest linked, markup escaped', () => {
    const payload = digestPayload('slack', digest) as { text: string; blocks: { type: string; text?: { text: string } }[] };
    expect(payload.text).toBe('60 requests moved on Acme');
    expect(payload.blocks.length).toBeLessThanOrEqual(50);
    expect(payload.blocks.at(-2)?.text?.text).toBe('…and 15 more: <https://example.com/feedback/|All requests>');
    expect(payload.blocks[1]?.text?.text).toBe(
      '*<https://example.com/feedback/r0/|&lt;@everyone&gt; &amp; r0>*\n_New → Under review_\nUnder review: the team is looking into this request.',
    );
  });

  it('Discord: at most 10 embeds within 6000 characters, and no mentions', () => {
    const payload = digestPayload('discord', digest) as {
      content: string;
      embeds: { title: string; description: string }[];
      allowed_mentions: unknown;
    };
    expect(payload.embeds).toHaveLength(10);
    expect(payload.embeds.reduce((sum, embed) => sum + embed.title.length + embed.description.length, 0)).toBeLessThanOrEqual(6000);
    expect(payload.content).toBe('60 requests moved on Acme (…and 50 more: https://example.com/feedback/)');
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('JSON: each transition with the request as the API describes it', () => {
    const payload = digestPayload('json', digest) as { changes: { from: unknown; to: string; request: { id: string; url: string } }[] };
    expect(payload).toMatchObject({ version: 1, kind: 'roadlog.notify', site: { title: 'Acme' }, previous: 'prev.json' });
    expect(payload.changes[0]).toMatchObject({
      from: null,
      to: 'under-review',
      request: { id: 'r0', url: 'https://example.com/feedback/r0/' },
    });
  });

  it('recognises Slack and Discord addresses; anything else gets JSON', () => {
    expect(inferWebhookFormat('https://hooks.slack.com/services/T/B/x')).toBe('slack');
    expect(inferWebhookFormat('https://discord.com/api/webhooks/1/x')).toBe('discord');
    expect(inferWebhookFormat('https://ptb.discord.com/api/webhooks/1/x')).toBe('discord');
    expect(inferWebhookFormat('https://hooks.example.com/slack')).toBe('json');
  });

  it('takes addresses from site.yaml and the environment, and never prints their secret path', () => {
    const config = siteConfig({
      notify: {
        webhooks: [{ url: 'https://hooks.example.com/public' }, { env: 'CHAT_HOOK', format: 'discord' }, { env: 'UNSET_HOOK' }],
      },
    });
    const targets = webhookTargets(config, {
      CHAT_HOOK: 'https://discord.com/api/webhooks/1/secret',
      ROADLOG_WEBHOOK_URL: 'https://hooks.slack.com/services/secret',
    });
    expect(targets.map(({ label, format, problem }) => ({ label, format, problem }))).toEqual([
      { label: 'https://hooks.example.com (notify.webhooks[0])', format: 'json', problem: undefined },
      { label: 'https://discord.com ($CHAT_HOOK)', format: 'discord', problem: undefined },
      { label: '$UNSET_HOOK', format: 'json', problem: 'the environment variable UNSET_HOOK is not set' },
      { label: 'https://hooks.slack.com ($ROADLOG_WEBHOOK_URL)', format: 'slack', problem: undefined },
    ]);
    expect(webhookEnvProblem({ ROADLOG_WEBHOOK_FORMAT: 'teams' })).toBe('ROADLOG_WEBHOOK_FORMAT is "teams": use slack, discord, json');
    expect(webhookEnvProblem({ ROADLOG_WEBHOOK_FORMAT: 'json' })).toBeUndefined();
  });
});

describe('the plan', () => {
  it('closes shipped issues as completed and declined ones as not planned, as notify.github.close says', () => {
    const source = { source: 'prev.json', statuses: previous({ csv: 'planned', 'api-please': 'planned', nope: 'open' }) };
    const close = (settings: unknown) =>
      planNotify(model({ notify: { github: { close: settings } } }), source, { env: {} }).changes.map((change) => [
        change.id,
        change.github,
      ]);
    expect(close(true)[0]).toMatchObject(['csv', { name: 'acme/app#7', close: 'completed' }]);
    expect(close(false)[0]![1]).toMatchObject({ close: undefined });
    expect(close({ shipped: false })[0]![1]).toMatchObject({ close: undefined });
    // A declined request whose source is not a GitHub issue is not told on GitHub.
    expect(close(true)[1]).toEqual(['nope', { skip: 'its source is not a GitHub issue' }]);
  });
});

describe('internal entries', () => {
  it('are never told: an internal request is not commented on, a public one does not name an internal item', () => {
    const withInternal = corpus({
      roadmap: [roadmap('secret-item', { title: 'Secret item title', status: 'now', visibility: 'internal' })],
      feedback: [
        feedback('hidden', { status: 'under-review', source: 'https://github.com/acme/app/issues/9', visibility: 'internal' }),
        feedback('public', { roadmap: 'secret-item', source: 'https://github.com/acme/app/issues/10' }),
      ],
    });
    const plan = planNotify(
      createSiteModel(siteConfig({ url: 'https://example.com' }), withInternal),
      { source: 'prev.json', statuses: previous({}) },
      { env: {} },
    );
    expect(plan.changes.map((change) => [change.id, change.explanation])).toEqual([['public', 'In progress.']]);
    expect(plan.requests).toBe(1);
    expect(issueComment(plan.changes[0]!, 'Acme')).not.toMatch(/secret/i);
  });
});

describe('the previous site', () => {
  it('reads each request’s status from a feedback.json, whatever else it holds', () => {
    const text = JSON.stringify({ version: 1, kind: 'feedback', site: {}, items: [{ id: 'a', status: 'planned', title: 'A', extra: 1 }] });
    expect(parsePrevious(text, 'prev.json')).toEqual(new Map([['a', 'planned']]));
  });

  it.each([
    ['{', /prev\.json: not JSON/],
    ['{"version": 2, "kind": "feedback", "items": []}', /not the feedback\.json of a Roadlog site \(API version 1\).* at \.version/],
    ['{"version": 1, "kind": "feedback", "items": [{"id": "a", "status": "done"}]}', /at \.items\[0\]\.status/],
  ])('refuses %s', (text, message) => {
    expect(() => parsePrevious(text, 'prev.json')).toThrow(PreviousError);
    expect(() => parsePrevious(text, 'prev.json')).toThrow(message);
  });
});

describe('notify settings in site.yaml', () => {
  const base = 'title: T\ndescription: D\nurl: https://x.example\nintake:\n  - label: L\n    url: https://x.example/new\n';
  const problems = (extra: string) => parseSiteConfig(base + extra, 'content/site.yaml').problems;

  it('default to closing issues and no webhooks', () => {
    expect(parseSiteConfig(base, 'content/site.yaml').config?.notify).toEqual({
      github: { close: { shipped: true, declined: true } },
      webhooks: [],
    });
    expect(parseSiteConfig(`${base}notify:\n  github:\n    close: false\n`, 'x').config?.notify.github.close).toEqual({
      shipped: false,
      declined: false,
    });
  });

  it('point at the line of a mistake, with a did-you-mean for a mistyped field or format', () => {
    expect(problems('notify:\n  github:\n    clsoe: false\n')).toMatchObject([
      { code: 'unknown-field', line: 9, message: 'unknown field "clsoe" in `notify.github`', hint: 'did you mean "close"?' },
    ]);
    expect(problems('notfiy: {}\n')).toMatchObject([{ code: 'unknown-field', hint: 'did you mean "notify"?' }]);
    expect(problems('notify:\n  webhooks:\n    - url: https://hooks.slack.com/x\n      format: slak\n')).toMatchObject([
      { code: 'invalid-value', line: 10, hint: 'did you mean "slack"?' },
    ]);
    expect(problems('notify:\n  webhooks:\n    - format: json\n')).toMatchObject([
      {
        code: 'webhook-address',
        line: 9,
        message: 'a webhook needs its address: `url`, or `env` naming the environment variable that holds it',
      },
    ]);
  });
});
