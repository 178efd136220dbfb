import { describe, expect, it } from 'vitest';
import {
  formatJson,
  formatPlanTable,
  formatReportTable,
  NOTIFY_FORMATS,
  reportFailed,
  summaryLine,
} from '../../../src/core/notify/format.ts';
import type { NotifyPlan, Outcome, PlannedChange } from '../../../src/core/notify/plan.ts';

const issue = (number: number) => ({ owner: 'acme', repo: 'app', number });

function change(overrides: Partial<PlannedChange> & Pick<PlannedChange, 'id'>): PlannedChange {
  return {
    title: `Request ${overrides.id}`,
    from: 'planned',
    to: 'shipped',
    explanation: 'Shipped in 2.0 on 1 March 2026.',
    explanationParts: [],
    url: `https://roadmap.example.com/feedback/${overrides.id}/`,
    feedUrl: `https://roadmap.example.com/feedback/${overrides.id}/feed.xml`,
    record: {} as PlannedChange['record'],
    github: { skip: 'no source: the request does not say where it was made' },
    ...overrides,
  } as PlannedChange;
}

function plan(overrides: Partial<NotifyPlan> = {}): NotifyPlan {
  return {
    site: { title: 'Acme', url: 'https://roadmap.example.com/', feedbackUrl: 'https://roadmap.example.com/feedback/' },
    previous: { source: 'https://roadmap.example.com/api/v1/feedback.json', requests: 1 },
    requests: 3,
    changes: [],
    webhooks: [],
    webhooksSkipped: false,
    ...overrides,
  };
}

const csv = change({
  id: 'csv',
  title: 'Export to CSV',
  from: 'planned',
  to: 'shipped',
  release: { id: 'v2', title: 'Two', version: '2.0', date: '2026-03-01', url: 'https://roadmap.example.com/changelog/v2/' },
  source: 'https://github.com/acme/app/issues/12',
  github: { issue: issue(12), name: 'acme/app#12', comment: 'Shipped', close: 'completed' },
});
const sso = change({
  id: 'single-sign-on',
  title: 'Single sign-on',
  from: null,
  to: 'declined',
  explanation: 'Declined: out of scope.',
  source: 'https://example.com/forum/1',
  github: { skip: 'its source is not a GitHub issue' },
});
const dark = change({
  id: 'dark',
  from: 'open',
  to: 'planned',
  explanation: 'Planned.',
  github: { issue: issue(3), name: 'acme/app#3', comment: 'Planned' },
});
const wontfix = change({
  id: 'wontfix',
  from: 'open',
  to: 'declined',
  github: { issue: issue(4), name: 'acme/app#4', comment: 'Declined', close: 'not_planned' },
});

describe('the plan as a table', () => {
  it('says nothing moved, and against what', () => {
    expect(formatPlanTable(plan(), { send: false })).toBe(
      'Compared with https://roadmap.example.com/api/v1/feedback.json: 1 request then, 3 now.\nNo request moved: nothing to tell.\n',
    );
    expect(formatPlanTable(plan({ previous: { source: 'nothing (a first run)', requests: 0 } }), { send: true })).toBe(
      'Compared with nothing (a first run): 0 requests then, 3 now.\nNo request moved: nothing to tell.\n',
    );
  });

  it('lines up one row per request, with its title, explanation and page below, then the webhooks and the dry-run note', () => {
    const text = formatPlanTable(
      plan({
        changes: [csv, sso, dark, wontfix],
        previous: { source: 'dist', requests: 2 },
        webhooks: [
          { label: 'slack (ROADLOG_WEBHOOK_URL)', format: 'slack', url: 'https://hooks.example.com/x' },
          { label: 'team (TEAM_HOOK)', format: 'json', problem: 'TEAM_HOOK is not set' },
        ],
      }),
      { send: false },
    );
    expect(text).toBe(
      [
        'Compared with dist: 2 requests then, 3 now. 4 requests moved:',
        '',
        'request         from     to        GitHub',
        'csv             planned  shipped   acme/app#12: comment, close as completed',
        '    Export to CSV',
        '    Shipped in 2.0 on 1 March 2026.',
        '    https://roadmap.example.com/feedback/csv/',
        'single-sign-on  new      declined  not told: its source is not a GitHub issue',
        '    Single sign-on',
        '    Declined: out of scope.',
        '    https://roadmap.example.com/feedback/single-sign-on/',
        'dark            open     planned   acme/app#3: comment',
        '    Request dark',
        '    Planned.',
        '    https://roadmap.example.com/feedback/dark/',
        'wontfix         open     declined  acme/app#4: comment, close as not planned',
        '    Request wontfix',
        '    Shipped in 2.0 on 1 March 2026.',
        '    https://roadmap.example.com/feedback/wontfix/',
        '',
        'Webhook: one slack digest to slack (ROADLOG_WEBHOOK_URL).',
        'Webhook: one json digest to team (TEAM_HOOK), but TEAM_HOOK is not set.',
        '',
        'Dry run: nothing was sent. Run again with --send to tell them.',
        '',
      ].join('\n'),
    );
  });

  it('says where webhooks come from when there are none, or that they were left out; no dry-run note when sending', () => {
    const one = plan({ changes: [dark] });
    expect(formatPlanTable(one, { send: true })).toBe(
      [
        'Compared with https://roadmap.example.com/api/v1/feedback.json: 1 request then, 3 now. 1 request moved:',
        '',
        'request  from  to       GitHub',
        'dark     open  planned  acme/app#3: comment',
        '    Request dark',
        '    Planned.',
        '    https://roadmap.example.com/feedback/dark/',
        '',
        'Webhooks: none (notify.webhooks in site.yaml, or ROADLOG_WEBHOOK_URL).',
        '',
      ].join('\n'),
    );
    expect(formatPlanTable({ ...one, webhooksSkipped: true }, { send: true })).toContain('\n\nWebhooks: left out (--skip-webhooks).\n');
    expect(formatPlanTable({ ...one, webhooksSkipped: true }, { send: true })).not.toContain('Webhooks: none');
  });
});

describe('the report after --send', () => {
  const outcomes: Outcome[] = [
    { kind: 'github', request: 'csv', target: 'acme/app#12', result: 'sent', detail: 'commented (shipped), closed as completed' },
    { kind: 'webhook', target: 'slack (ROADLOG_WEBHOOK_URL)', result: 'sent', detail: 'slack digest of 3' },
    { kind: 'github', request: 'single-sign-on', target: 'single-sign-on', result: 'skipped', detail: 'its source is not a GitHub issue' },
    { kind: 'github', request: 'dark', target: 'acme/app#3', result: 'skipped', detail: 'already told it is planned' },
    { kind: 'github', request: 'wontfix', target: 'acme/app#4', result: 'failed', detail: 'GitHub said 404' },
    { kind: 'webhook', target: 'team (TEAM_HOOK)', result: 'failed', detail: 'TEAM_HOOK is not set' },
  ];

  it('groups what was sent, not sent and failed, issues and webhooks in tables of their own, then counts them', () => {
    expect(formatReportTable({ plan: plan(), outcomes })).toBe(
      [
        'Sent:',
        '  acme/app#12  csv  commented (shipped), closed as completed',
        '  slack (ROADLOG_WEBHOOK_URL)  slack digest of 3',
        'Not sent:',
        '  single-sign-on        its source is not a GitHub issue',
        '  acme/app#3      dark  already told it is planned',
        'Failed:',
        '  acme/app#4  wontfix  GitHub said 404',
        '  team (TEAM_HOOK)  TEAM_HOOK is not set',
        '2 sent, 2 not sent, 2 failed.',
        '',
      ].join('\n'),
    );
    expect(reportFailed({ plan: plan(), outcomes })).toBe(true);
  });

  it('prints nothing for no outcome, leaves out empty groups, and fails only on a failure', () => {
    expect(formatReportTable({ plan: plan(), outcomes: [] })).toBe('');
    const sent = outcomes.slice(0, 1);
    expect(formatReportTable({ plan: plan(), outcomes: sent })).toBe(
      'Sent:\n  acme/app#12  csv  commented (shipped), closed as completed\n1 sent, 0 not sent, 0 failed.\n',
    );
    expect(reportFailed({ plan: plan(), outcomes: outcomes.slice(0, 4) })).toBe(false);
    expect(summaryLine([])).toBe('0 sent, 0 not sent, 0 failed.');
  });
});

describe('the JSON document', () => {
  it('is the plan, version 1, with each change’s labels, links and GitHub action, and no outcomes on a dry run', () => {
    const document = JSON.parse(
      formatJson(
        plan({
          changes: [csv, sso],
          webhooks: [
            { label: 'team (TEAM_HOOK)', format: 'json', problem: 'TEAM_HOOK is not set' },
            { label: 'slack', format: 'slack', url: 'https://x' },
          ],
        }),
      ),
    );
    expect(document).toEqual({
      version: 1,
      send: false,
      site: { title: 'Acme', url: 'https://roadmap.example.com/', feedbackUrl: 'https://roadmap.example.com/feedback/' },
      previous: { source: 'https://roadmap.example.com/api/v1/feedback.json', requests: 1 },
      requests: 3,
      changes: [
        {
          id: 'csv',
          title: 'Export to CSV',
          from: 'planned',
          to: 'shipped',
          fromLabel: 'Planned',
          toLabel: 'Shipped',
          explanation: 'Shipped in 2.0 on 1 March 2026.',
          url: 'https://roadmap.example.com/feedback/csv/',
          release: 'https://roadmap.example.com/changelog/v2/',
          source: 'https://github.com/acme/app/issues/12',
          github: { issue: 'acme/app#12', close: 'completed', skip: null },
        },
        {
          id: 'single-sign-on',
          title: 'Single sign-on',
          from: null,
          to: 'declined',
          fromLabel: null,
          toLabel: 'Declined',
          explanation: 'Declined: out of scope.',
          url: 'https://roadmap.example.com/feedback/single-sign-on/',
          release: null,
          source: 'https://example.com/forum/1',
          github: { issue: null, close: null, skip: 'its source is not a GitHub issue' },
        },
      ],
      webhooks: [
        { target: 'team (TEAM_HOOK)', format: 'json', problem: 'TEAM_HOOK is not set' },
        { target: 'slack', format: 'slack', problem: null },
      ],
      outcomes: null,
    });
  });

  it('adds what happened after --send, every outcome with its request or null', () => {
    const sent = plan({ changes: [dark] });
    const document = JSON.parse(
      formatJson(sent, {
        plan: sent,
        outcomes: [
          { kind: 'github', request: 'dark', target: 'acme/app#3', result: 'sent', detail: 'commented (planned)' },
          { kind: 'webhook', target: 'slack', result: 'sent', detail: 'slack digest of 1' },
        ],
      }),
    );
    expect(document.send).toBe(true);
    expect(document.changes[0].source).toBeNull();
    expect(document.changes[0].github).toEqual({ issue: 'acme/app#3', close: null, skip: null });
    expect(document.outcomes).toEqual([
      { kind: 'github', request: 'dark', target: 'acme/app#3', result: 'sent', detail: 'commented (planned)' },
      { kind: 'webhook', request: null, target: 'slack', result: 'sent', detail: 'slack digest of 1' },
    ]);
  });

  it('ends with a newline and is indented for people reading it', () => {
    expect(formatJson(plan())).toMatch(/^\{\n {2}"version": 1,\n/);
    expect(formatJson(plan()).endsWith('}\n')).toBe(true);
    expect(NOTIFY_FORMATS).toEqual(['table', 'json']);
  });
});
