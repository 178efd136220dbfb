import { readFileSync } from 'node:fs';
import type { Kind } from '../collections.ts';
import { parseFrontmatter } from '../load/frontmatter.ts';
import { listCollection } from '../load/load-collection.ts';
import { decodeSource } from '../load/read-source.ts';
import type { Problem } from '../problems.ts';

/** An entry file as an importer needs it: its exact text to edit, its fields to match. */
export interface ExistingFile {
  id: string;
  /** Path as shown in messages, such as content/feedback/csv-export.md. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The file exactly as on disk (byte-order mark and line endings included). */
  raw: string;
  data: Record<string, unknown>;
}

/**
 * Reads every file of a collection. A file whose frontmatter cannot be read
 * is a problem: it might be the entry of a request being imported, so the
 * import stops rather than create a second one.
 */
export function readCollectionFiles(kind: Kind, contentDir: string, display: string): { files: ExistingFile[]; problems: Problem[] } {
  const files: ExistingFile[] = [];
  const problems: Problem[] = [];
  for (const file of listCollection(kind, contentDir, display).files) {
    const bytes = readFileSync(file.path);
    const decoded = decodeSource(bytes, file.display);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const parsed = parseFrontmatter(decoded.text, file.display);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    files.push({ id: file.id, file: file.display, path: file.path, raw: bytes.toString('utf8'), data: parsed.data });
  }
  return { files, problems };
}

/** The same address however it was written: host case, a trailing slash or a #fragment do not matter. */
export function sourceKey(url: string): string {
  try {
    const parsed = new URL(url.trim());
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}
