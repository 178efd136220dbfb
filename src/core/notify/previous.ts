import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { API_VERSION } from '../api/schemas.ts';
import { FEEDBACK_PUBLIC_STATUSES, type FeedbackPublicStatus } from '../statuses.ts';
import { describeStatus, fetchWithTimeout, HttpError, USER_AGENT } from './http.ts';

/** The previous site's `feedback.json` cannot be used: missing, unreachable or not one. Exit code 2. */
export class PreviousError extends Error {}

/** The public status of every request on the last published site, by id. */
export interface PreviousSite {
  /** Where it came from, as the maintainer gave it. */
  source: string;
  statuses: Map<string, FeedbackPublicStatus>;
}

/**
 * What notify reads of a published `feedback.json`: each request's id and
 * status. Other fields are left alone, so a file from an older or newer
 * Roadlog of the same API version still works.
 */
const previousDocument = z.object({
  version: z.literal(API_VERSION),
  kind: z.literal('feedback'),
  items: z.array(z.object({ id: z.string().min(1), status: z.enum(FEEDBACK_PUBLIC_STATUSES) })),
});

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** Reads `--previous`: a file, or an http(s) URL fetched with the same timeout as every other request. */
export async function loadPrevious(source: string, options: { cwd: string; timeoutMs: number }): Promise<PreviousSite> {
  const text = isUrl(source) ? await fetchPrevious(source, options.timeoutMs) : readPrevious(resolve(options.cwd, source), source);
  return { source, statuses: parsePrevious(text, source) };
}

function readPrevious(path: string, source: string): string {
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new PreviousError(`${source}: no such file`);
  }
  if (!isFile) throw new PreviousError(`${source}: not a file`);
  return readFileSync(path, 'utf8');
}

async function fetchPrevious(url: string, timeoutMs: number): Promise<string> {
  let answer: Awaited<ReturnType<typeof fetchWithTimeout>>;
  try {
    answer = await fetchWithTimeout(url, { headers: { Accept: 'application/json', 'User-Agent': USER_AGENT } }, { timeoutMs });
  } catch (cause) {
    if (cause instanceof HttpError) throw new PreviousError(`${url}: ${cause.message}`);
    throw cause;
  }
  if (!answer.response.ok) {
    throw new PreviousError(
      `${url}: the server answered ${describeStatus(answer.response, answer.body)}. Give the /api/v1/feedback.json of the last published site.`,
    );
  }
  return answer.body;
}

/** The statuses of a `feedback.json`, or a {@link PreviousError} that says what is wrong with it. */
export function parsePrevious(text: string, source: string): Map<string, FeedbackPublicStatus> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new PreviousError(`${source}: not JSON (${(cause as Error).message})`);
  }
  const result = previousDocument.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const at = issue.path.length
      ? ` at ${issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`
      : '';
    throw new PreviousError(`${source}: not the feedback.json of a Roadlog site (API version ${API_VERSION}): ${issue.message}${at}`);
  }
  return new Map(result.data.items.map((item) => [item.id, item.status]));
}
