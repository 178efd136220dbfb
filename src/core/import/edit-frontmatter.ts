import { isMap, isScalar, parseDocument } from 'yaml';

export type EditResult = { ok: true; text: string; previous: unknown } | { ok: false; reason: string };

const DELIMITER = /^---[ \t]*\r?$/;

/**
 * Sets one top-level scalar field in a file's frontmatter by splicing the new
 * value over the old one: every other byte (comments, field order, quoting
 * of other fields, the body, a byte-order mark, CRLF line endings) stays as
 * the maintainer wrote it. A missing field is added as the last line.
 */
export function setFrontmatterScalar(raw: string, field: string, value: string): EditResult {
  const bom = raw.startsWith('\uFEFF') ? 1 : 0;
  const firstEnd = raw.indexOf('\n', bom);
  if (firstEnd < 0 || !DELIMITER.test(raw.slice(bom, firstEnd))) return { ok: false, reason: 'the file has no frontmatter' };
  const start = firstEnd + 1;
  let end = -1;
  for (let pos = start; pos <= raw.length; ) {
    const next = raw.indexOf('\n', pos);
    if (DELIMITER.test(raw.slice(pos, next < 0 ? undefined : next))) {
      end = pos;
      break;
    }
    if (next < 0) break;
    pos = next + 1;
  }
  if (end < 0) return { ok: false, reason: 'the frontmatter is never closed' };
  const yamlText = raw.slice(start, end);
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: false });
  if (doc.errors.length) return { ok: false, reason: 'the frontmatter is not valid YAML' };
  if (doc.contents !== null && !isMap(doc.contents)) return { ok: false, reason: 'the frontmatter is not a set of fields' };
  const pairs = doc.contents?.items.filter((pair) => isScalar(pair.key) && String(pair.key.value) === field) ?? [];
  if (pairs.length > 1) return { ok: false, reason: `\`${field}\` appears twice` };
  const pair = pairs[0];
  if (!pair) {
    const eol = raw.includes('\r\n') ? '\r\n' : '\n';
    return { ok: true, previous: undefined, text: `${raw.slice(0, end)}${field}: ${value}${eol}${raw.slice(end)}` };
  }
  const node = pair.value;
  if (!isScalar(node) || !node.range || node.value === null) return { ok: false, reason: `\`${field}\` is not a single value` };
  const [from, to] = node.range;
  return { ok: true, previous: node.value, text: raw.slice(0, start + from) + value + raw.slice(start + to) };
}
