import { MAX_FILE_BYTES } from '../load/read-source.ts';
import { findReferences } from '../markdown/references.ts';
import { proseLines } from '../markdown/prose-lines.ts';
import { imagePaths, NOT_A_FILE } from '../validate/body-images.ts';

/** Room left in a file for its frontmatter: an imported body is cut to fit the 1 MiB limit. */
export const MAX_IMPORTED_BODY_BYTES = MAX_FILE_BYTES - 16 * 1024;

export interface ImportedBody {
  body: string;
  /** What was changed so that the file passes validation, for the import summary. */
  notes: string[];
}

interface Edit {
  /** 1-based line of the body. */
  line: number;
  /** 0-based offset in the line. */
  at: number;
  length: number;
  text: string;
}

/**
 * A body from an export, made to pass validation as it stands: `[[kind:id]]`
 * references (a wiki's, or to entries this site does not have) become code, so
 * they read as written; images of files beside the issue, which the import does
 * not bring, point at the address they were written against (or, without one,
 * become links); a body over the file size limit is cut, with a pointer to the rest.
 */
export function prepareImportedBody(body: string, source?: string): ImportedBody {
  const notes: string[] = [];
  const edits: Edit[] = [];
  const references = findReferences(body);
  for (const reference of references) {
    // As code: shown as written, and neither a link nor a reference to check.
    const code = reference.raw.includes('`') ? `\`\` ${reference.raw} \`\`` : `\`${reference.raw}\``;
    edits.push({ line: reference.line, at: reference.column - 1, length: reference.raw.length, text: code });
  }
  if (references.length) notes.push(`${references.length} [[…]] ${references.length === 1 ? 'reference' : 'references'} kept as code`);
  const base = source && /^https?:\/\//i.test(source) ? source : undefined;
  let images = 0;
  for (const { line, text } of body.includes('![') ? proseLines(body, '![') : []) {
    for (const image of imagePaths(text)) {
      if (NOT_A_FILE.test(image.path)) continue;
      images++;
      const resolved = base ? resolveAgainst(image.path, base) : undefined;
      edits.push(
        resolved
          ? { line, at: image.column - 1, length: image.path.length, text: resolved }
          : { line, at: image.start, length: 1, text: '\\!' },
      );
    }
  }
  if (images) {
    const what = `${images} ${images === 1 ? 'image' : 'images'} of files beside the original`;
    notes.push(base ? `${what} now point at ${base}` : `${what} left as links`);
  }
  let result = applyEdits(body, edits);
  if (Buffer.byteLength(result) > MAX_IMPORTED_BODY_BYTES) {
    result = cutToBytes(result, MAX_IMPORTED_BODY_BYTES - 1024);
    result += `\n\n(The rest of this text was cut: it was over the 1 MiB limit${base ? `. Read it in full at ${base}` : ''}.)\n`;
    notes.push('body cut at the 1 MiB limit');
  }
  return { body: result, notes };
}

function resolveAgainst(path: string, base: string): string | undefined {
  try {
    return new URL(path, base).href;
  } catch {
    return undefined;
  }
}

function applyEdits(body: string, edits: Edit[]): string {
  if (edits.length === 0) return body;
  const lines = body.split('\n');
  // From the end of each line, so earlier offsets stay right.
  for (const edit of [...edits].sort((a, b) => b.line - a.line || b.at - a.at)) {
    const line = lines[edit.line - 1]!;
    lines[edit.line - 1] = line.slice(0, edit.at) + edit.text + line.slice(edit.at + edit.length);
  }
  return lines.join('\n');
}

/** The longest start of `text` of at most `bytes` UTF-8 bytes that ends at a line break, or else anywhere. */
function cutToBytes(text: string, bytes: number): string {
  let cut = Buffer.from(text).subarray(0, bytes).toString('utf8');
  // A character split at the limit decodes as U+FFFD: drop it.
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  const newline = cut.lastIndexOf('\n');
  return newline > bytes / 2 ? cut.slice(0, newline) : cut;
}
