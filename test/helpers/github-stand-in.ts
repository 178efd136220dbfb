import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { listen, type Server } from './static-server.ts';

/**
 * A local stand-in for the parts of GitHub's REST API that `roadlog notify`
 * uses, on 127.0.0.1: issues with their comments, comment, close. It checks
 * the headers GitHub requires, pages comments the way GitHub does (a Link
 * header with rel="next") and can be told to answer a request with an error
 * or a rate limit first.
 */

export const TOKEN = 'test-token';
/** Served under a path, as GitHub Enterprise Server's API is: the client must keep it. */
const API_PREFIX = '/api/v3';

export interface StandInIssue {
  state: 'open' | 'closed';
  state_reason: string | null;
  comments: string[];
  pullRequest?: boolean;
}

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GitHubStandIn extends Server {
  /** What GITHUB_API_URL should be. */
  apiUrl: string;
  /** Issues by "owner/repo#number". */
  issues: Map<string, StandInIssue>;
  requests: Recorded[];
  /** The next `times` requests whose "METHOD path" starts with `route` get `answer` instead. */
  failNext: (route: string, answer: Answer, times?: number) => void;
  /** Other files it serves, by path: a previous site's feedback.json. */
  files: Map<string, string>;
  /** Requests that changed something: comments made, issues closed. */
  mutations: () => Recorded[];
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) text += chunk;
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(response: ServerResponse, answer: Answer) {
  response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers });
  response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
}

export async function startGitHubStandIn(options: { commentsPerPage?: number } = {}): Promise<GitHubStandIn> {
  const perPage = options.commentsPerPage ?? 2;
  const issues = new Map<string, StandInIssue>();
  const requests: Recorded[] = [];
  const scripted: { route: string; answer: Answer; times: number }[] = [];
  const files = new Map<string, string>();
  let origin = '';

  const server = await listen((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://stand-in');
      const body = await readBody(request);
      const method = request.method ?? 'GET';
      requests.push({ method, path: `${url.pathname}${url.search}`, headers: request.headers, body });

      const file = files.get(url.pathname);
      if (file !== undefined && method === 'GET') return send(response, { status: 200, body: JSON.parse(file) });

      if (!url.pathname.startsWith(`${API_PREFIX}/`)) return send(response, { status: 404, body: { message: 'Not Found' } });
      const script = scripted.find((entry) => `${method} ${url.pathname}`.startsWith(entry.route) && entry.times > 0);
      if (script) {
        script.times--;
        return send(response, script.answer);
      }
      if (request.headers.authorization !== `Bearer ${TOKEN}`) return send(response, { status: 401, body: { message: 'Bad credentials' } });
      if (request.headers.accept !== 'application/vnd.github+json' || request.headers['x-github-api-version'] !== '2022-11-28') {
        return send(response, { status: 415, body: { message: 'Unsupported media type or API version' } });
      }
      const match = new RegExp(`^${API_PREFIX}/repos/([^/]+)/([^/]+)/issues/(\\d+)(/comments)?$`).exec(url.pathname);
      const issue = match ? issues.get(`${match[1]}/${match[2]}#${match[3]}`) : undefined;
      if (!match || !issue) return send(response, { status: 404, body: { message: 'Not Found' } });
      const comments = Boolean(match[4]);

      if (method === 'GET' && !comments) {
        return send(response, {
          status: 200,
          body: {
            number: Number(match[3]),
            state: issue.state,
            state_reason: issue.state_reason,
            comments: issue.comments.length,
            ...(issue.pullRequest ? { pull_request: { url: 'x' } } : {}),
          },
        });
      }
      if (method === 'GET' && comments) {
        const page = Number(url.searchParams.get('page') ?? '1');
        const slice = issue.comments.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(issue.comments.length / perPage));
        const headers: Record<string, string> =
          page < last
            ? {
                Link: `<${origin}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${origin}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
              }
            : {};
        return send(response, {
          status: 200,
          headers,
          body: slice.map((text, index) => ({ id: (page - 1) * perPage + index + 1, body: text })),
        });
      }
      if (method === 'POST' && comments) {
        const text = (body as { body?: string } | undefined)?.body;
        if (typeof text !== 'string') return send(response, { status: 422, body: { message: 'body is missing' } });
        issue.comments.push(text);
        return send(response, { status: 201, body: { id: issue.comments.length, body: text } });
      }
      if (method === 'PATCH' && !comments) {
        const update = body as { state?: 'open' | 'closed'; state_reason?: string };
        if (update.state) issue.state = update.state;
        if (update.state_reason) issue.state_reason = update.state_reason;
        return send(response, { status: 200, body: { number: Number(match[3]), state: issue.state, state_reason: issue.state_reason } });
      }
      return send(response, { status: 405, body: { message: 'Method not allowed' } });
    })();
  });
  origin = server.origin;
  return {
    ...server,
    apiUrl: `${server.origin}${API_PREFIX}`,
    issues,
    requests,
    files,
    failNext: (route, answer, times = 1) => scripted.push({ route, answer, times }),
    mutations: () => requests.filter((request) => request.method !== 'GET'),
  };
}

export interface WebhookReceiver extends Server {
  /** Where a hook posts: `${origin}/<name>`. */
  url: (name: string) => string;
  received: { path: string; headers: IncomingHttpHeaders; body: unknown }[];
  /** The next post to `/name` gets this status. */
  failNext: (name: string, status: number) => void;
}

/** A webhook receiver on 127.0.0.1 that records every digest it gets. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: WebhookReceiver['received'] = [];
  const failing = new Map<string, number>();
  const server = await listen((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body });
      const status = failing.get(path);
      if (status !== undefined) {
        failing.delete(path);
        response.writeHead(status).end('no');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    })();
  });
  return {
    ...server,
    url: (name) => `${server.origin}/${name}`,
    received,
    failNext: (name, status) => failing.set(`/${name}`, status),
  };
}
