import { parseDay } from './dates.ts';
import type { ImportRecord, ParsedExport } from './types.ts';

/** The fields Roadlog reads, as `gh issue list --json …` names them. */
export const GITHUB_FIELDS = ['number', 'title', 'body', 'url', 'createdAt', 'labels', 'reactionGroups', 'state'] as const;
export const GH_COMMAND = `gh issue list --state all --limit 1000 --json ${GITHUB_FIELDS.join(',')} > issues.json`;

interface GithubIssue {
  number?: unknown;
  title?: unknown;
  body?: unknown;
  url?: unknown;
  createdAt?: unknown;
  labels?: unknown;
  reactionGroups?: unknown;
  state?: unknown;
}

/**
 * Reads what `gh issue list --json number,title,body,url,createdAt,labels,reactionGroups,state`
 * prints: an array of issues whose labels are `{ id, name, description, color }`
 * and whose reactions are `{ content: "THUMBS_UP", users: { totalCount } }`
 * (gh leaves out reactions nobody gave). Votes are thumbs-up reactions.
 */
export function parseGithubIssues(text: string): ParsedExport<ImportRecord> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    return { ok: false, message: `the file is not JSON (${(cause as Error).message}); create it with:\n  ${GH_COMMAND}` };
  }
  if (!Array.isArray(data)) return { ok: false, message: `expected a JSON list of issues, as written by:\n  ${GH_COMMAND}` };
  const missing = GITHUB_FIELDS.filter((field) => data.some((issue) => typeof issue !== 'object' || issue === null || !(field in issue)));
  if (missing.length) {
    return { ok: false, message: `the export has no ${missing.map((field) => `"${field}"`).join(', ')}; create it with:\n  ${GH_COMMAND}` };
  }
  return { ok: true, records: (data as GithubIssue[]).map(toRecord) };
}

function toRecord(issue: GithubIssue): ImportRecord {
  const ref = typeof issue.number === 'number' ? `#${issue.number}` : 'an issue without a number';
  const title = typeof issue.title === 'string' ? issue.title : undefined;
  const url = typeof issue.url === 'string' ? issue.url : '';
  if (!/^https?:\/\//.test(url)) return { ok: false, ref, title, reason: 'it has no http(s) url' };
  if (/\/pull\/\d+/.test(url)) return { ok: false, ref, title, reason: 'it is a pull request, not an issue' };
  if (!title?.trim()) return { ok: false, ref, reason: 'it has no title' };
  // The number names the file when the title gives no id: only a whole number may.
  if (!Number.isSafeInteger(issue.number) || (issue.number as number) < 1) {
    return { ok: false, ref, title, reason: `its number ${JSON.stringify(issue.number)} is not a whole number` };
  }
  const created = typeof issue.createdAt === 'string' ? issue.createdAt : '';
  // parseDay refuses impossible days (2026-02-30), which Date.parse would roll over into March.
  const submitted = /^\d{4}-\d{2}-\d{2}T/.test(created) ? parseDay(created) : undefined;
  if (submitted === undefined) {
    return { ok: false, ref, title, reason: `createdAt ${JSON.stringify(issue.createdAt)} is not a date` };
  }
  const state = typeof issue.state === 'string' ? issue.state.toUpperCase() : 'OPEN';
  return {
    ok: true,
    request: {
      source: url,
      ref,
      title,
      submitted,
      votes: thumbsUp(issue.reactionGroups),
      labels: Array.isArray(issue.labels) ? issue.labels.flatMap((label) => (typeof label?.name === 'string' ? [label.name] : [])) : [],
      body: typeof issue.body === 'string' ? issue.body.replace(/\r\n?/g, '\n').trim() : '',
      fallbackId: `issue-${String(issue.number)}`,
      skipNew: state === 'OPEN' ? undefined : 'it is closed on GitHub',
    },
  };
}

function thumbsUp(groups: unknown): number {
  if (!Array.isArray(groups)) return 0;
  const group = groups.find((item) => item?.content === 'THUMBS_UP');
  const count = group?.users?.totalCount;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0;
}
