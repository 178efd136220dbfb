import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { COLLECTIONS, type Kind } from '../collections.ts';
import { parseFrontmatter } from '../load/frontmatter.ts';
import { listCollection } from '../load/load-collection.ts';
import { decodeSource, displayPath } from '../load/read-source.ts';
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
  /** A draft (its name starts with `_`): never published, but an import must not create its entry again. */
  draft?: boolean;
}

/**
 * Reads every file of a collection. A file whose frontmatter cannot be read
 * is a problem: it might be the entry of a request being imported, so the
 * import stops rather than create a second one.
 */
export function readCollectionFiles(kind: Kind, contentDir: string, display: string): { files: ExistingFile[]; problems: Problem[] } {
  const files: ExistingFile[] = [];
  const problems: Problem[] = [];
  for (const file of [...listCollection(kind, contentDir, display).files, ...listDrafts(kind, contentDir, display)]) {
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
    const draft = file.id.startsWith('_') || undefined;
    files.push({ id: file.id, file: file.display, path: file.path, raw: bytes.toString('utf8'), data: parsed.data, draft });
  }
  return { files, problems };
}

/** The draft files of a collection folder (`_csv-export.md`): regular files with an entry extension. */
function listDrafts(kind: Kind, contentDir: string, display: string): { id: string; path: string; display: string }[] {
  const { folder, extensions } = COLLECTIONS[kind];
  let dirents: Dirent[];
  try {
    dirents = readdirSync(join(contentDir, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return dirents
    .filter((dirent) => dirent.isFile() && dirent.name.startsWith('_') && extensions.includes(extname(dirent.name)))
    .map((dirent) => ({
      id: dirent.name.slice(0, -extname(dirent.name).length),
      path: join(contentDir, folder, dirent.name),
      display: `${displayPath(display, folder)}/${dirent.name}`,
    }));
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
