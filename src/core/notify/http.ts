/**
 * Every request `roadlog notify` makes goes through here: one timeout per
 * answer (body included) and one way of saying what went wrong, whether the
 * other end is a published site, GitHub or a webhook.
 */

export const DEFAULT_TIMEOUT_MS = 30_000;

export const USER_AGENT = 'roadlog-notify';

/** The other end did not answer usefully: unreachable, too slow, or an error status. */
export class HttpError extends Error {
  readonly status?: number;
  readonly headers?: Headers;

  constructor(message: string, options: { status?: number; headers?: Headers } = {}) {
    super(message);
    this.status = options.status;
    this.headers = options.headers;
  }
}

export interface HttpOptions {
  timeoutMs: number;
}

/**
 * Where a request goes, safe to print: scheme and host only. A webhook's path
 * is its secret (Slack's and Discord's are), and CI logs are often public.
 */
export function describeTarget(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return 'an address that is not a URL';
  }
}

/** `fetch` with a deadline for the whole answer; failures become an {@link HttpError} that says what happened. */
export async function fetchWithTimeout(
  url: string,
  init: RequestInit,
  options: HttpOptions,
): Promise<{ response: Response; body: string }> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal, redirect: init.redirect ?? 'follow' });
    // Reading the body is under the same deadline: a server that stalls mid-answer fails too.
    const body = await response.text();
    return { response, body };
  } catch (cause) {
    throw new HttpError(failureMessage(url, cause, options.timeoutMs));
  }
}

function failureMessage(url: string, cause: unknown, timeoutMs: number): string {
  const target = describeTarget(url);
  const error = cause as Error & { cause?: { code?: string; message?: string } };
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') {
    return `${target} did not answer within ${seconds(timeoutMs)}`;
  }
  const code = error?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${target} could not be found (${code})`;
  if (code) return `${target} could not be reached (${code})`;
  return `${target} could not be reached: ${error?.cause?.message ?? error?.message ?? String(cause)}`;
}

export function seconds(ms: number): string {
  const value = Math.round(ms / 100) / 10;
  return `${value} s`;
}

/** "404 Not Found", with the server's own message when it sent one in JSON. */
export function describeStatus(response: Response, body: string): string {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    if (typeof message === 'string' && message.trim()) return `${status}: ${message.trim().slice(0, 300)}`;
  } catch {
    // Not JSON: the status says enough.
  }
  return status;
}
