import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubError, type GitHubClient, type IssueRef, type IssueState, notifyMarker } from '../../../src/core/notify/github.ts';
import { describeStatus, describeTarget, fetchWithTimeout, HttpError, seconds } from '../../../src/core/notify/http.ts';
import { needsGitHub, type NotifyPlan, type Outcome, type PlannedChange, sendNotify } from '../../../src/core/notify/plan.ts';

const issue = (number: number): IssueRef => ({ owner: 'acme', repo: 'app', number });

function change(id: string, to: PlannedChange['to'], github: PlannedChange['github']): PlannedChange {
  return {
    id,
    title: `Request ${id}`,
    from: 'open',
    to,
    explanation: 'Because.',
    explanationParts: [{ text: 'Because.' }],
    url: `https://roadmap.example.com/feedback/${id}/`,
    feedUrl: `https://roadmap.example.com/feedback/${id}/feed.xml`,
    record: {} as PlannedChange['record'],
    github,
  } as PlannedChange;
}

const action = (number: number, close?: 'completed' | 'not_planned') => ({
  issue: issue(number),
  name: `acme/app#${number}`,
  comment: `comment ${number}`,
  close,
});

function plan(changes: PlannedChange[], webhooks: NotifyPlan['webhooks'] = []): NotifyPlan {
  return {
    site: { title: 'Acme', url: 'https://roadmap.example.com/', feedbackUrl: 'https://roadmap.example.com/feedback/' },
    previous: { source: 'dist', requests: 1 },
    requests: 2,
    changes,
    webhooks,
    webhooksSkipped: false,
  };
}

/** A GitHub stand-in at the client's interface: issues by number, and a log of every call. */
function fakeGitHub(issues: Record<number, IssueState & { bodies?: string[] }>, failures: Record<string, Error> = {}) {
  const calls: string[] = [];
  const call = (name: string, ref: IssueRef) => {
    const key = `${name} ${ref.number}`;
    calls.push(key);
    const failure = failures[key];
    if (failure) throw failure;
  };
  const client = {
    async getIssue(ref: IssueRef) {
      call('get', ref);
      const { bodies: _bodies, ...state } = issues[ref.number]!;
      return state;
    },
    async listComments(ref: IssueRef) {
      call('list', ref);
      return issues[ref.number]!.bodies ?? [];
    },
    async createComment(ref: IssueRef, body: string) {
      call(`comment(${body})`, ref);
    },
    async closeIssue(ref: IssueRef, reason: string) {
      call(`close(${reason})`, ref);
    },
  };
  return { client: client as unknown as GitHubClient, calls };
}

let server: Server;
let base: string;
const received: { path: string; body: string; type?: string; agent?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ path: request.url!, body, type: request.headers['content-type'], agent: request.headers['user-agent'] });
      if (request.url === '/broken') {
        response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ message: '  disk full  ' }));
      } else if (request.url === '/moved') {
        response.writeHead(302, { Location: '/ok' });
        response.end();
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 2_000);
      } else if (request.url === '/plain-error') {
        response.writeHead(404);
        response.end('<html>no</html>');
      } else {
        response.end('ok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('sending the plan', () => {
  it('comments, closes as the plan says, skips what it cannot tell, and reports each outcome as it goes', async () => {
    const { client, calls } = fakeGitHub({
      1: { open: true, pullRequest: false, comments: 0 },
      2: { open: false, pullRequest: false, comments: 0 },
      3: { open: true, pullRequest: true, comments: 0 },
      4: { open: true, pullRequest: false, comments: 2, bodies: ['thanks', notifyMarker('told', 'shipped')] },
      5: { open: true, pullRequest: false, comments: 1, bodies: [notifyMarker('other', 'declined')] },
    });
    const seen: Outcome[] = [];
    const report = await sendNotify(
      plan([
        change('shipped', 'shipped', action(1, 'completed')),
        change('closed-already', 'shipped', action(2, 'completed')),
        change('a-pull-request', 'declined', action(3, 'not_planned')),
        change('told', 'shipped', action(4, 'completed')),
        change('other', 'planned', action(5)),
        change('no-source', 'planned', { skip: 'no source: the request does not say where it was made' }),
      ]),
      { github: client, timeoutMs: 1_000, onOutcome: (outcome) => seen.push(outcome) },
    );
    expect(report.outcomes).toEqual([
      { kind: 'github', request: 'shipped', target: 'acme/app#1', result: 'sent', detail: 'commented (shipped), closed as completed' },
      { kind: 'github', request: 'closed-already', target: 'acme/app#2', result: 'sent', detail: 'commented (shipped)' },
      { kind: 'github', request: 'a-pull-request', target: 'acme/app#3', result: 'sent', detail: 'commented (declined)' },
      { kind: 'github', request: 'told', target: 'acme/app#4', result: 'skipped', detail: 'already told it is shipped' },
      { kind: 'github', request: 'other', target: 'acme/app#5', result: 'sent', detail: 'commented (planned)' },
      {
        kind: 'github',
        request: 'no-source',
        target: 'no-source',
        result: 'skipped',
        detail: 'no source: the request does not say where it was made',
      },
    ]);
    expect(seen).toEqual(report.outcomes);
    expect(calls).toEqual([
      'get 1',
      'comment(comment 1) 1',
      'close(completed) 1',
      'get 2',
      'comment(comment 2) 2',
      'get 3',
      'comment(comment 3) 3',
      'get 4',
      'list 4',
      'get 5',
      'list 5',
      'comment(comment 5) 5',
    ]);
  });

  it('reports GitHub’s refusals and goes on; a comment that could not be followed by its close says so', async () => {
    const { client } = fakeGitHub(
      {
        1: { open: true, pullRequest: false, comments: 0 },
        2: { open: true, pullRequest: false, comments: 0 },
        3: { open: true, pullRequest: false, comments: 0 },
      },
      { 'get 1': new GitHubError('acme/app#1 was not found'), 'close(completed) 2': new GitHubError('403 Forbidden') },
    );
    const report = await sendNotify(
      plan([
        change('one', 'shipped', action(1, 'completed')),
        change('two', 'shipped', action(2, 'completed')),
        change('three', 'planned', action(3)),
      ]),
      { github: client, timeoutMs: 1_000 },
    );
    expect(report.outcomes.map((outcome) => [outcome.result, outcome.detail])).toEqual([
      ['failed', 'acme/app#1 was not found'],
      ['failed', 'commented, but could not close it: 403 Forbidden; close it by hand'],
      ['sent', 'commented (planned)'],
    ]);
  });

  it('lets a programming error through instead of calling it a GitHub failure, and needs a client for issues', async () => {
    const { client } = fakeGitHub({ 1: { open: true, pullRequest: false, comments: 0 } }, { 'get 1': new TypeError('bug') });
    await expect(sendNotify(plan([change('one', 'shipped', action(1))]), { github: client, timeoutMs: 1_000 })).rejects.toThrow('bug');
    await expect(sendNotify(plan([change('one', 'shipped', action(1))]), { timeoutMs: 1_000 })).rejects.toThrow(
      'sending to GitHub needs a client',
    );
    expect(needsGitHub(plan([change('one', 'shipped', action(1))]))).toBe(true);
    expect(needsGitHub(plan([change('one', 'shipped', { skip: 'x' })]))).toBe(false);
  });

  it('posts one digest per webhook, and reports a webhook that cannot be used or that fails', async () => {
    received.length = 0;
    const report = await sendNotify(
      plan(
        [change('one', 'shipped', { skip: 'no source' }), change('two', 'planned', { skip: 'no source' })],
        [
          { label: 'ok (A)', format: 'json', url: `${base}/ok` },
          { label: 'unset (B)', format: 'slack', problem: 'B is not set' },
          { label: 'empty (C)', format: 'json' },
          { label: 'broken (D)', format: 'json', url: `${base}/broken` },
        ],
      ),
      { timeoutMs: 1_000 },
    );
    expect(report.outcomes.filter((outcome) => outcome.kind === 'webhook')).toEqual([
      { kind: 'webhook', target: 'ok (A)', result: 'sent', detail: 'json digest of 2' },
      { kind: 'webhook', target: 'unset (B)', result: 'failed', detail: 'B is not set' },
      { kind: 'webhook', target: 'empty (C)', result: 'failed', detail: 'no address' },
      {
        kind: 'webhook',
        target: 'broken (D)',
        result: 'failed',
        detail: `${describeTarget(base)} answered 500 Internal Server Error: disk full`,
      },
    ]);
    expect(received.map((request) => [request.path, request.type, request.agent])).toEqual([
      ['/ok', 'application/json', 'roadlog-notify'],
      ['/broken', 'application/json', 'roadlog-notify'],
    ]);
    expect(JSON.parse(received[0]!.body)).toMatchObject({ version: 1, kind: 'roadlog.notify', previous: 'dist' });
    expect(JSON.parse(received[0]!.body).changes.map((item: { to: string }) => item.to)).toEqual(['shipped', 'planned']);
  });

  it('contacts no webhook when nothing moved', async () => {
    received.length = 0;
    const report = await sendNotify(plan([], [{ label: 'ok (A)', format: 'json', url: `${base}/ok` }]), { timeoutMs: 1_000 });
    expect(report.outcomes).toEqual([]);
    expect(received).toEqual([]);
  });
});

describe('HTTP', () => {
  it('prints a target as scheme and host only: a webhook’s path is its secret', () => {
    expect(describeTarget('https://hooks.slack.com/services/T0/B0/secret')).toBe('https://hooks.slack.com');
    expect(describeTarget('http://127.0.0.1:8080/x?token=1')).toBe('http://127.0.0.1:8080');
    expect(describeTarget('not a url')).toBe('an address that is not a URL');
  });

  it('says a status with the server’s own message when it sent one in JSON', () => {
    expect(
      describeStatus(
        new Response('{"message":"  Bad credentials "}', { status: 401, statusText: 'Unauthorized' }),
        '{"message":"  Bad credentials "}',
      ),
    ).toBe('401 Unauthorized: Bad credentials');
    expect(describeStatus(new Response('', { status: 404, statusText: 'Not Found' }), '{"message":"   "}')).toBe('404 Not Found');
    expect(describeStatus(new Response('', { status: 404 }), '<html>')).toBe('404');
    expect(describeStatus(new Response('', { status: 422 }), `{"message":"${'x'.repeat(400)}"}`)).toBe(`422: ${'x'.repeat(300)}`);
    expect(describeStatus(new Response('', { status: 500 }), '{"message":7}')).toBe('500');
  });

  it('writes times in seconds, to a tenth', () => {
    expect(seconds(30_000)).toBe('30 s');
    expect(seconds(1_250)).toBe('1.3 s');
    expect(seconds(40)).toBe('0 s');
  });

  it('reads the whole answer, follows redirects unless told not to, and fails with what happened', async () => {
    const { response, body } = await fetchWithTimeout(`${base}/moved`, {}, { timeoutMs: 1_000 });
    expect([response.status, body]).toEqual([200, 'ok']);
    const refused = await fetchWithTimeout(`${base}/moved`, { redirect: 'error' }, { timeoutMs: 1_000 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).message).toMatch(new RegExp(`^${base.replace(/\./g, '\\.')} could not be reached`));
    const slow = await fetchWithTimeout(`${base}/slow`, {}, { timeoutMs: 200 }).catch((error: unknown) => error);
    expect((slow as HttpError).message).toBe(`${base} did not answer within 0.2 s`);
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const closed = await fetchWithTimeout(`http://127.0.0.1:${closedPort}/`, {}, { timeoutMs: 1_000 }).catch((error: unknown) => error);
    expect((closed as HttpError).message).toBe(`http://127.0.0.1:${closedPort} could not be reached (ECONNREFUSED)`);
    const invalid = await fetchWithTimeout('http://127.0.0.1:1/', {}, { timeoutMs: 1_000 }).catch((error: unknown) => error);
    expect((invalid as HttpError).message).toBe('http://127.0.0.1:1 could not be reached: bad port');
  });

  it('keeps the status and headers of an error answer', () => {
    const headers = new Headers({ 'retry-after': '3' });
    const error = new HttpError('429', { status: 429, headers });
    expect([error.message, error.status, error.headers?.get('retry-after')]).toEqual(['429', 429, '3']);
    expect(new HttpError('x').status).toBeUndefined();
  });
});
