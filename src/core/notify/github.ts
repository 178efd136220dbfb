import type { FeedbackPublicStatus } from '../statuses.ts';
import { en } from '../i18n/en.ts';
import type { Change } from './changes.ts';
import { describeStatus, fetchWithTimeout, HttpError, seconds, USER_AGENT } from './http.ts';
import { markdownText, NOTIFY_TEXT } from './messages.ts';

/** A GitHub issue, as a request's `source` names it. */
export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
export const DEFAULT_GITHUB_SERVER_URL = 'https://github.com';

/** "acme/app#12", as GitHub writes a reference to an issue. */
export function issueName(issue: IssueRef): string {
  return `${issue.owner}/${issue.repo}#${issue.number}`;
}

/**
 * The issue a `source` URL points at, when it is an issue on this GitHub
 * (`GITHUB_SERVER_URL`, as on GitHub Actions; github.com otherwise):
 * `https://github.com/<owner>/<repo>/issues/<number>`, with or without a
 * trailing slash, query or `#issuecomment-…`.
 */
export function parseIssueUrl(source: string | undefined, serverUrl = DEFAULT_GITHUB_SERVER_URL): IssueRef | undefined {
  if (!source) return undefined;
  let url: URL;
  let server: URL;
  try {
    url = new URL(source);
    server = new URL(serverUrl);
  } catch {
    return undefined;
  }
  const host = url.host.toLowerCase().replace(/^www\./, '');
  if (host !== server.host.toLowerCase().replace(/^www\./, '')) return undefined;
  const prefix = server.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${prefix}/`)) return undefined;
  const match = /^\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/issues\/([1-9][0-9]*)\/?$/.exec(url.pathname.slice(prefix.length));
  if (!match) return undefined;
  return { owner: match[1]!, repo: match[2]!, number: Number(match[3]) };
}

/** The hidden line that says which request and status a comment told, so no one is told twice. */
export function notifyMarker(id: string, status: FeedbackPublicStatus): string {
  return `<!-- roadlog:notify request=${id} status=${status} -->`;
}

const MARKER = /<!--\s*roadlog:notify\s+request=([a-z0-9-]+)\s+status=([a-z-]+)\s*-->/g;

/** Every "request status" pair the comments of an issue already told. */
export function toldMarkers(bodies: Iterable<string>): Set<string> {
  const told = new Set<string>();
  for (const body of bodies) for (const match of body.matchAll(MARKER)) told.add(`${match[1]} ${match[2]}`);
  return told;
}

/** The comment a customer reads on their issue: what happened, why, and where to look. */
export function issueComment(change: Change, siteTitle: string): string {
  const explanation = change.explanationParts
    .map((part) => (part.href ? `[${markdownText(part.text)}](${part.href})` : markdownText(part.text)))
    .join('');
  const site = markdownText(siteTitle);
  return [
    notifyMarker(change.id, change.to),
    `**${NOTIFY_TEXT.headline[change.to]}**`,
    '',
    explanation,
    '',
    ...(change.release ? [NOTIFY_TEXT.releaseNotes(change.release.url), ''] : []),
    NOTIFY_TEXT.requestPage(site, change.url),
    '',
    `<sub>${NOTIFY_TEXT.footer(site, change.feedUrl)}</sub>`,
    '',
  ].join('\n');
}

/** How a status reads in a transition: "Planned → Shipped". */
export const statusLabel = (status: FeedbackPublicStatus | null) => (status === null ? null : en[`status.${status}`]);

/** GitHub said no, or could not be reached; `rateLimited` when its rate limit outlasted the time allowed. */
export class GitHubError extends Error {
  readonly rateLimited: boolean;

  constructor(message: string, rateLimited = false) {
    super(message);
    this.rateLimited = rateLimited;
  }
}

export interface GitHubClientOptions {
  apiUrl: string;
  token: string;
  timeoutMs: number;
  /** The longest, in all, the client waits out rate limits before giving up. */
  maxWaitMs: number;
  /** Called before each wait, to say why nothing seems to happen. */
  onWait?: (ms: number, reason: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface IssueState {
  open: boolean;
  /** Pull requests take comments like issues, but are not closed by notify. */
  pullRequest: boolean;
  comments: number;
}

// GitHub asks for a pause between mutative requests when there are many of them; a small run needs none.
const PACE_AFTER = 20;
const PACE_MS = 1000;
// A rate-limit answer without a time to wait: GitHub asks for at least a minute.
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
const MAX_PAGES = 50;

/** What a maintainer can do about GitHub's usual refusals. */
const STATUS_HINTS: Record<number, string> = {
  403: ' (the token may not comment on or close issues in this repository: it needs "issues: write")',
  404: ' (no such issue, or the token cannot see its repository: one in another repository needs its own token)',
  410: ' (the issue was deleted, or issues are turned off in this repository)',
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The GitHub REST API calls notify makes, one at a time as GitHub asks:
 * read an issue and its comments, comment, close. Rate limits (403 or 429
 * with `retry-after` or `x-ratelimit-reset`) are waited out while the time
 * allowed lasts; after that every call fails at once with the same reason.
 */
export class GitHubClient {
  readonly #options: GitHubClientOptions;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;
  #waited = 0;
  #mutations = 0;
  #lastMutation = 0;
  #exhausted: string | undefined;

  constructor(options: GitHubClientOptions) {
    this.#options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '') };
    this.#sleep = options.sleep ?? defaultSleep;
    this.#now = options.now ?? Date.now;
  }

  async getIssue(issue: IssueRef): Promise<IssueState> {
    const { body } = await this.#call('GET', this.#issuePath(issue));
    const data = JSON.parse(body) as { state?: string; pull_request?: unknown; comments?: number };
    return { open: data.state === 'open', pullRequest: Boolean(data.pull_request), comments: data.comments ?? 1 };
  }

  /** The bodies of every comment on the issue, page after page. */
  async listComments(issue: IssueRef): Promise<string[]> {
    const bodies: string[] = [];
    let url: string | undefined = `${this.#options.apiUrl}${this.#issuePath(issue)}/comments?per_page=100`;
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const { body, response }: { body: string; response: Response } = await this.#call('GET', url);
      for (const comment of JSON.parse(body) as { body?: string | null }[]) if (comment.body) bodies.push(comment.body);
      url = this.#nextPage(response.headers.get('link'));
    }
    return bodies;
  }

  async createComment(issue: IssueRef, body: string): Promise<void> {
    await this.#call('POST', `${this.#issuePath(issue)}/comments`, { body });
  }

  async closeIssue(issue: IssueRef, reason: 'completed' | 'not_planned'): Promise<void> {
    await this.#call('PATCH', this.#issuePath(issue), { state: 'closed', state_reason: reason });
  }

  #issuePath(issue: IssueRef): string {
    return `/repos/${encodeURIComponent(issue.owner)}/${encodeURIComponent(issue.repo)}/issues/${issue.number}`;
  }

  /** The `rel="next"` page, only on the API's own origin: the token goes nowhere else. */
  #nextPage(link: string | null): string | undefined {
    const next = link?.split(',').find((part) => /;\s*rel="?next"?/.test(part));
    const url = next ? /<([^>]+)>/.exec(next)?.[1] : undefined;
    if (!url) return undefined;
    try {
      return new URL(url).origin === new URL(this.#options.apiUrl).origin ? url : undefined;
    } catch {
      return undefined;
    }
  }

  async #call(method: string, pathOrUrl: string, payload?: unknown): Promise<{ response: Response; body: string }> {
    const url = pathOrUrl.startsWith('/') ? `${this.#options.apiUrl}${pathOrUrl}` : pathOrUrl;
    for (;;) {
      if (this.#exhausted) throw new GitHubError(this.#exhausted, true);
      if (method !== 'GET') await this.#pace();
      let answer: { response: Response; body: string };
      try {
        answer = await fetchWithTimeout(
          url,
          {
            method,
            headers: {
              Accept: 'application/vnd.github+json',
              Authorization: `Bearer ${this.#options.token}`,
              'X-GitHub-Api-Version': '2022-11-28',
              'User-Agent': USER_AGENT,
              ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
            },
            body: payload === undefined ? undefined : JSON.stringify(payload),
          },
          { timeoutMs: this.#options.timeoutMs },
        );
      } catch (cause) {
        if (cause instanceof HttpError) throw new GitHubError(`GitHub: ${cause.message}`);
        throw cause;
      }
      const { response, body } = answer;
      if (response.ok) return answer;
      const wait = rateLimitWait(response, body, this.#now());
      if (response.status === 401) {
        // A refused token is refused for every issue: say so once and stop asking.
        this.#exhausted = `GitHub refused the token (${describeStatus(response, body)}): check GITHUB_TOKEN`;
        throw new GitHubError(this.#exhausted);
      }
      if (wait === undefined)
        throw new GitHubError(`GitHub answered ${describeStatus(response, body)}${STATUS_HINTS[response.status] ?? ''}`);
      if (this.#waited + wait > this.#options.maxWaitMs) {
        this.#exhausted = `GitHub's rate limit asks to wait ${seconds(wait)}, more than the ${seconds(this.#options.maxWaitMs - this.#waited)} left to wait (--max-wait); run notify again later`;
        throw new GitHubError(this.#exhausted, true);
      }
      this.#waited += wait;
      this.#options.onWait?.(wait, `GitHub's rate limit (${response.status})`);
      await this.#sleep(wait);
    }
  }

  async #pace(): Promise<void> {
    this.#mutations++;
    if (this.#mutations > PACE_AFTER) {
      const due = this.#lastMutation + PACE_MS - this.#now();
      if (due > 0) await this.#sleep(due);
    }
    this.#lastMutation = this.#now();
  }
}

/**
 * How long a rate-limited answer asks to wait, or undefined when the answer
 * is not about rate limits (a 403 for missing permissions, say). Follows
 * GitHub's guidance: `retry-after` first, then `x-ratelimit-reset` when no
 * requests remain, else at least a minute.
 */
export function rateLimitWait(response: Response, body: string, now: number): number | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const headers = response.headers;
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const delay = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(delay)) return Math.max(0, delay);
  }
  const reset = headers.get('x-ratelimit-reset');
  if (headers.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset)) {
    return Math.max(0, Number(reset) * 1000 - now) + 1000;
  }
  if (response.status === 429 || /rate limit/i.test(body)) return DEFAULT_RATE_LIMIT_WAIT_MS;
  return undefined;
}
