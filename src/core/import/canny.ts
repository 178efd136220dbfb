import { parse } from 'csv-parse/sync';
import { parseDay } from './dates.ts';
import type { ImportRecord, ParsedExport } from './types.ts';

/**
 * Columns of Canny's post export, matched by name with spaces, case and
 * punctuation ignored ("Vote Count", "voteCount" and "votes" are the same),
 * so a renamed or reordered column still imports.
 */
const COLUMNS = {
  id: ['id', 'postid'],
  title: ['title', 'posttitle', 'name'],
  details: ['details', 'description', 'postdetails', 'body', 'content'],
  votes: ['votes', 'votecount', 'score', 'upvotes'],
  url: ['url', 'posturl', 'link', 'postlink'],
  created: ['created', 'createdat', 'createddate', 'date', 'postcreated', 'submitted'],
  status: ['status', 'poststatus'],
  board: ['board', 'boardname'],
  category: ['category', 'categoryname'],
  tags: ['tags', 'tag', 'labels'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['title', 'url'];

/** Canny statuses that mean the request is answered: not created anew, votes of an imported one still refreshed. */
const FINISHED: Record<string, string> = {
  complete: 'it is complete in Canny',
  completed: 'it is complete in Canny',
  closed: 'it is closed in Canny',
};

const normalize = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Reads Canny's post export CSV (RFC 4180: quoted commas, quotes and line breaks in details). */
export function parseCannyCsv(text: string): ParsedExport<ImportRecord> {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (cause) {
    return { ok: false, message: `the file is not valid CSV: ${(cause as Error).message}` };
  }
  const header = rows[0];
  if (!header) return { ok: false, message: 'the file is empty' };
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = header.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(normalize(name)));
  }
  const missing = REQUIRED.filter((column) => index[column] < 0);
  if (missing.length) {
    return {
      ok: false,
      message: `the CSV has no ${missing.join(' or ')} column (its columns: ${header.join(', ')}); export posts from Canny with their URL`,
    };
  }
  return {
    ok: true,
    records: rows.slice(1).map((row, i) => {
      const cell = (column: Column) => (index[column] < 0 ? '' : (row[index[column]] ?? '').trim());
      // Row numbers as a spreadsheet shows them: the header is row 1.
      return toRecord(cell, `row ${i + 2}`);
    }),
  };
}

function toRecord(cell: (column: 'id' | Column) => string, ref: string): ImportRecord {
  const title = cell('title');
  const url = cell('url');
  if (!title) return { ok: false, ref, reason: 'it has no title' };
  if (!/^https?:\/\/\S+$/.test(url)) return { ok: false, ref, title, reason: 'it has no post URL' };
  const submitted = parseDay(cell('created'));
  if (submitted === undefined) return { ok: false, ref, title, reason: `its date ${JSON.stringify(cell('created'))} cannot be read` };
  const votesText = cell('votes').replace(/[\s,]/g, '');
  if (votesText && !/^\d+$/.test(votesText))
    return { ok: false, ref, title, reason: `its votes ${JSON.stringify(cell('votes'))} are not a number` };
  const status = cell('status')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  const id = cell('id')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return {
    ok: true,
    request: {
      source: url,
      ref,
      title,
      submitted,
      votes: votesText ? Number(votesText) : 0,
      labels: [cell('board'), cell('category'), ...cell('tags').split(',')].map((label) => label.trim()).filter(Boolean),
      body: cell('details').replace(/\r\n?/g, '\n'),
      status: status === 'under review' ? 'under-review' : undefined,
      fallbackId: id ? `canny-${id.slice(0, 24)}` : `canny-${ref.replace(/\D/g, '')}`,
      skipNew: FINISHED[status],
    },
  };
}
