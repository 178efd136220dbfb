import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubClient, GitHubError, parseIssueUrl, rateLimitWait } from '../../../src/core/notify/github.ts';
import { loadPrevious, PreviousError } from '../../../src/core/notify/previous.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
const seen: Seen[] = [];
let handler: (request: Seen, response: ServerResponse) => void = (_request, response) => response.end('{}');
let server: Server;
let api: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const entry = { method: request.method!, url: request.url!, headers: request.headers, body };
      seen.push(entry);
      handler(entry, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

const json = (response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
};
const client = (options: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}) =>
  new GitHubClient({ apiUrl: `${api}//`, token: 't0k', timeoutMs: 2_000, maxWaitMs: 0, sleep: async () => {}, ...options });
const issue = { owner: 'ac me', repo: 'app', number: 12 };

/** The GitHubError a call fails with; the test fails if it does not. */
async function failure(call: Promise<unknown>): Promise<GitHubError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubError);
    return error as GitHubError;
  }
  throw new Error('expected the call to fail');
}

describe('the GitHub client', () => {
  it('reads an issue: open or not, a pull request or not, and how many comments', async () => {
    handler = (_request, response) => json(response, 200, { state: 'open', comments: 0 });
    expect(await client().getIssue(issue)).toEqual({ open: true, pullRequest: false, comments: 0 });
    handler = (_request, response) => json(response, 200, { state: 'closed', pull_request: {} });
    expect(await client().getIssue(issue)).toEqual({ open: false, pullRequest: true, comments: 1 });
    expect(seen.map((request) => [request.method, request.url, request.body, request.headers['content-type']])).toEqual([
      ['GET', '/repos/ac%20me/app/issues/12', '', undefined],
      ['GET', '/repos/ac%20me/app/issues/12', '', undefined],
    ]);
    expect(seen[0]!.headers).toMatchObject({
      accept: 'application/vnd.github+json',
      authorization: 'Bearer t0k',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'roadlog-notify',
    });
  });

  it('comments and closes with JSON bodies', async () => {
    handler = (_request, response) => json(response, 201, {});
    await client().createComment(issue, 'Hello');
    await client().closeIssue(issue, 'not_planned');
    expect(seen.map((request) => [request.method, request.url, request.headers['content-type'], JSON.parse(request.body)])).toEqual([
      ['POST', '/repos/ac%20me/app/issues/12/comments', 'application/json', { body: 'Hello' }],
      ['PATCH', '/repos/ac%20me/app/issues/12', 'application/json', { state: 'closed', state_reason: 'not_planned' }],
    ]);
  });

  it('follows next links written with or without quotes, skipping empty comments', async () => {
    handler = (request, response) => {
      const page = new URL(request.url, api).searchParams.get('page') ?? '1';
      const next =
        page === '1'
          ? `<${api}/c?page=2>; rel=next, <${api}/c?page=9>; rel="last"`
          : page === '2'
            ? `<${api}/c?page=3>;rel="next"`
            : undefined;
      json(response, 200, [{ body: `p${page}` }, { body: null }, {}], next ? { Link: next } : {});
    };
    expect(await client().listComments(issue)).toEqual(['p1', 'p2', 'p3']);
    expect(seen.map((request) => request.url)).toEqual(['/repos/ac%20me/app/issues/12/comments?per_page=100', '/c?page=2', '/c?page=3']);
  });

  it('stops at a next link that has no address, is not a URL or leaves the API’s origin, and after 50 pages', async () => {
    for (const link of ['<>; rel="next"', '<not a url>; rel="next"', '<http://example.invalid/x>; rel="next"', `<${api}/c>; rel="prev"`]) {
      seen.length = 0;
      handler = (_request, response) => json(response, 200, [{ body: 'x' }], { Link: link });
      expect(await client().listComments(issue)).toEqual(['x']);
      expect(seen).toHaveLength(1);
    }
    seen.length = 0;
    handler = (_request, response) => json(response, 200, [{ body: 'again' }], { Link: `<${api}/loop>; rel="next"` });
    expect(await client().listComments(issue)).toHaveLength(50);
    expect(seen).toHaveLength(50);
  });

  it('says what GitHub answered, with what to do about the usual refusals', async () => {
    const refusal = async (status: number, body: unknown) => {
      handler = (_request, response) => json(response, status, body);
      return failure(client().getIssue(issue));
    };
    expect((await refusal(404, { message: 'Not Found' })).message).toBe(
      'GitHub answered 404 Not Found: Not Found (no such issue, or the token cannot see its repository: one in another repository needs its own token)',
    );
    expect((await refusal(403, { message: 'Resource not accessible' })).message).toBe(
      'GitHub answered 403 Forbidden: Resource not accessible (the token may not comment on or close issues in this repository: it needs "issues: write")',
    );
    expect((await refusal(410, {})).message).toBe(
      'GitHub answered 410 Gone (the issue was deleted, or issues are turned off in this repository)',
    );
    expect((await refusal(422, { message: 'Invalid' })).message).toBe('GitHub answered 422 Unprocessable Entity: Invalid');
  });

  it('stops asking once the token is refused', async () => {
    handler = (_request, response) => json(response, 401, { message: 'Bad credentials' });
    const github = client();
    const first = await failure(github.getIssue(issue));
    expect(first).toBeInstanceOf(GitHubError);
    expect([first.message, first.rateLimited]).toEqual([
      'GitHub refused the token (401 Unauthorized: Bad credentials): check GITHUB_TOKEN',
      false,
    ]);
    const second = await failure(github.createComment(issue, 'x'));
    expect([second.message, second.rateLimited]).toEqual([
      'GitHub refused the token (401 Unauthorized: Bad credentials): check GITHUB_TOKEN',
      true,
    ]);
    expect(seen).toHaveLength(1);
  });

  it('waits out a rate limit within the time allowed, saying why, then tries again', async () => {
    let calls = 0;
    handler = (_request, response) => {
      calls++;
      if (calls === 1) json(response, 429, { message: 'slow down' }, { 'retry-after': '2' });
      else json(response, 200, { state: 'open', comments: 3 });
    };
    const waits: [number, string][] = [];
    const slept: number[] = [];
    const github = client({ maxWaitMs: 2_000, onWait: (ms, reason) => waits.push([ms, reason]), sleep: async (ms) => void slept.push(ms) });
    expect(await github.getIssue(issue)).toEqual({ open: true, pullRequest: false, comments: 3 });
    expect(waits).toEqual([[2_000, "GitHub's rate limit (429)"]]);
    expect(slept).toEqual([2_000]);
    calls = 0;
    const refused = await failure(github.getIssue(issue));
    expect([refused.message, refused.rateLimited]).toEqual([
      "GitHub's rate limit asks to wait 2 s, more than the 0 s left to wait (--max-wait); run notify again later",
      true,
    ]);
  });

  it('reports a GitHub it cannot reach as a GitHub failure', async () => {
    const github = new GitHubClient({ apiUrl: 'http://127.0.0.1:1', token: 'x', timeoutMs: 1_000, maxWaitMs: 0 });
    const error = await failure(github.getIssue(issue));
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toBe('GitHub: http://127.0.0.1:1 could not be reached: bad port');
  });

  it('paces mutative requests after the first twenty, a second apart, and never reads', async () => {
    handler = (_request, response) => json(response, 200, { state: 'open', comments: 0 });
    let now = 10_000;
    const slept: number[] = [];
    const github = client({ now: () => now, sleep: async (ms) => void slept.push(ms) });
    for (let n = 0; n < 20; n++) await github.createComment(issue, 'x');
    for (let n = 0; n < 5; n++) await github.getIssue(issue);
    expect(slept).toEqual([]);
    now += 400;
    await github.createComment(issue, 'x');
    expect(slept).toEqual([600]);
    now += 1_000;
    await github.createComment(issue, 'x');
    expect(slept).toEqual([600]);
  });
});

describe('rate-limit waits', () => {
  const wait = (status: number, headers: Record<string, string>, body = '') =>
    rateLimitWait(new Response(body, { status, headers }), body, 1_000_000);

  it('read retry-after in seconds, padded, or as a date, never below zero', () => {
    expect(wait(403, { 'retry-after': ' 3 ' })).toBe(3_000);
    expect(wait(429, { 'retry-after': new Date(1_005_000).toUTCString() })).toBe(5_000);
    expect(wait(429, { 'retry-after': new Date(0).toUTCString() })).toBe(0);
    expect(wait(429, { 'retry-after': 'soon' })).toBe(60_000);
    expect(wait(429, { 'retry-after': '3s' })).toBe(60_000);
  });

  it('read x-ratelimit-reset only when no request remains, and only a whole number', () => {
    expect(wait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' })).toBe(11_000);
    expect(wait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '900' })).toBe(1_000);
    expect(wait(403, { 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '1010' })).toBeUndefined();
    expect(wait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '10.5' })).toBeUndefined();
    expect(wait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'x1010' })).toBeUndefined();
    expect(wait(403, { 'x-ratelimit-remaining': '0' })).toBeUndefined();
    expect(wait(403, {}, 'API rate limit exceeded')).toBe(60_000);
    expect(wait(500, { 'retry-after': '3' })).toBeUndefined();
  });
});

describe('issue addresses', () => {
  it('are issues on this GitHub, with or without www, a trailing slash or a server path', () => {
    expect(parseIssueUrl('https://www.github.com/acme/app/issues/12/')).toEqual({ owner: 'acme', repo: 'app', number: 12 });
    expect(parseIssueUrl('https://github.com/acme/app/issues/12', 'https://www.github.com')).toEqual({
      owner: 'acme',
      repo: 'app',
      number: 12,
    });
    expect(parseIssueUrl('https://ghe.example.com/git/acme/app/issues/3', 'https://ghe.example.com/git//')).toEqual({
      owner: 'acme',
      repo: 'app',
      number: 3,
    });
    expect(parseIssueUrl('https://ghe.example.com/gitx/acme/app/issues/3', 'https://ghe.example.com/git')).toBeUndefined();
    expect(parseIssueUrl('https://github.com/x/acme/app/issues/3')).toBeUndefined();
    expect(parseIssueUrl('https://github.com/acme/app/issues/3/x')).toBeUndefined();
    expect(parseIssueUrl('https://wwwgithub.com/acme/app/issues/3')).toBeUndefined();
    expect(parseIssueUrl('')).toBeUndefined();
    expect(parseIssueUrl(undefined)).toBeUndefined();
  });
});

describe('the previous site', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roadlog-previous-'));
    mkdirSync(join(dir, 'folder.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const document = { version: 1, kind: 'feedback', items: [{ id: 'csv', status: 'planned', title: 'ignored' }] };

  it('is read from a file, relative to the folder given, byte-order mark and all', async () => {
    writeFileSync(join(dir, 'feedback.json'), `\uFEFF${JSON.stringify(document)}`);
    expect(await loadPrevious('feedback.json', { cwd: dir, timeoutMs: 1_000 })).toEqual({
      source: 'feedback.json',
      statuses: new Map([['csv', 'planned']]),
    });
    await expect(loadPrevious('missing.json', { cwd: dir, timeoutMs: 1_000 })).rejects.toThrow(
      new PreviousError('missing.json: no such file'),
    );
    await expect(loadPrevious('folder.json', { cwd: dir, timeoutMs: 1_000 })).rejects.toThrow('folder.json: not a file');
  });

  it('is fetched from a URL, in any letter case, asking for JSON', async () => {
    handler = (request, response) => (request.url === '/gone' ? json(response, 404, { message: 'nope' }) : json(response, 200, document));
    expect(
      (await loadPrevious(`${api.replace('http://', 'HTTP://')}/api/v1/feedback.json`, { cwd: dir, timeoutMs: 1_000 })).statuses,
    ).toEqual(new Map([['csv', 'planned']]));
    expect(seen.at(-1)!.headers).toMatchObject({ accept: 'application/json', 'user-agent': 'roadlog-notify' });
    await expect(loadPrevious(`${api}/gone`, { cwd: dir, timeoutMs: 1_000 })).rejects.toThrow(
      `${api}/gone: the server answered 404 Not Found: nope. Give the /api/v1/feedback.json of the last published site.`,
    );
    await expect(loadPrevious('http://127.0.0.1:1/x', { cwd: dir, timeoutMs: 1_000 })).rejects.toThrow(
      'http://127.0.0.1:1/x: http://127.0.0.1:1 could not be reached: bad port',
    );
    await expect(loadPrevious('https:/relative.json', { cwd: dir, timeoutMs: 1_000 })).rejects.toThrow(
      'https:/relative.json: no such file',
    );
  });
});
