import { type Dirent, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { COLLECTIONS, isSkippedName, type DataByKind, type Entry, type Kind } from '../collections.ts';
import { isValidId, slugify } from '../ids.ts';
import { error, warning, type Problem } from '../problems.ts';
import { fieldsAt, schemaAt } from '../schema/shape.ts';
import { CHANGELOG_FIELDS, FEEDBACK_FIELDS, ROADMAP_FIELDS, type FieldHelp } from '../schema/field-help.ts';
import { schemaProblems } from '../schema/schema-problems.ts';
import { isReservedId, RESERVED_IDS } from '../urls.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { pathKind, realPath } from './inside.ts';
import { displayPath, readSource } from './read-source.ts';
import { scalarShape, type ScalarShape } from './yaml-scalars.ts';

const FIELD_HELP: Record<Kind, FieldHelp> = {
  feedback: FEEDBACK_FIELDS,
  roadmap: ROADMAP_FIELDS,
  changelog: CHANGELOG_FIELDS,
};

export interface CollectionFile {
  /** Absolute path on disk. */
  path: string;
  /** Path shown in messages, relative to the project root. */
  display: string;
  id: string;
  /** False when the file name is not a usable id: still checked, never published. */
  accepted: boolean;
}

export interface LoadedCollection<K extends Kind> {
  entries: Entry<K>[];
  /**
   * Files that failed their schema, with only the fields that passed: their
   * references are still checked, so one run reports every problem.
   */
  partial: Entry<K>[];
  /**
   * Files that failed their schema only in fields the lifecycle does not read
   * (a release's title or version, a request's author): complete entries
   * with placeholders for those fields, so that what the file says about
   * the lifecycle (what it ships, closes, links to) is still checked.
   */
  standIns: Entry<K>[];
  problems: Problem[];
}

/** Which plain scalars each kind keeps as text, from its schema. */
const SHAPES: Record<Kind, ScalarShape> = {
  feedback: scalarShape(COLLECTIONS.feedback.schema),
  roadmap: scalarShape(COLLECTIONS.roadmap.schema),
  changelog: scalarShape(COLLECTIONS.changelog.schema),
};

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

/** The fields each kind's lifecycle reads: a stand-in needs every one it has to be valid. */
const LIFECYCLE_FIELDS: Record<Kind, readonly string[]> = {
  feedback: ['status', 'roadmap', 'duplicateOf', 'reason', 'votes'],
  roadmap: ['status', 'updates'],
  changelog: ['date', 'ships', 'closes'],
};

/** Values for required fields the lifecycle ignores, when the file's own are wrong or missing. */
const PLACEHOLDERS: Record<Kind, Record<string, unknown>> = {
  feedback: { title: 'placeholder', submitted: '2000-01-01' },
  roadmap: { title: 'placeholder' },
  changelog: { title: 'placeholder' },
};

/**
 * Lists the entry files of one collection folder. Hidden files and files whose
 * name starts with `_` (drafts) are skipped on purpose; anything else that is
 * not an entry is reported, so nothing is ignored silently.
 */
export function listCollection(kind: Kind, contentDir: string, displayDir: string): { files: CollectionFile[]; problems: Problem[] } {
  const definition = COLLECTIONS[kind];
  const folder = join(contentDir, definition.folder);
  const displayFolder = displayPath(displayDir, definition.folder);
  const problems: Problem[] = [];
  const files: CollectionFile[] = [];
  let dirents: Dirent[];
  try {
    dirents = readdirSync(folder, { withFileTypes: true });
  } catch {
    return { files, problems };
  }
  const byLowerId = new Map<string, CollectionFile>();
  const boundary = realPath(contentDir) ?? contentDir;
  for (const dirent of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = dirent.name;
    if (isSkippedName(name)) continue;
    const display = `${displayFolder}/${name}`;
    // Only symlinks need a look at what they point to; other types come with the listing.
    const type = dirent.isSymbolicLink()
      ? pathKind(join(folder, name), boundary)
      : dirent.isFile()
        ? 'file'
        : dirent.isDirectory()
          ? 'directory'
          : 'other';
    if (type === 'outside') {
      problems.push(
        error({
          code: 'outside-content',
          file: display,
          message: 'symlink leads outside the content folder: it is not read or published',
          hint: 'copy the file into the content folder instead of linking to it',
        }),
      );
      continue;
    }
    if (type === 'other') {
      // A FIFO would block every command on its first read.
      problems.push(
        warning({
          code: 'not-a-file',
          file: display,
          message: 'skipped: not a regular file (a pipe, socket, device or broken symlink)',
          hint: 'remove it from the content folder',
        }),
      );
      continue;
    }
    if (type === 'directory') {
      problems.push(
        warning({
          code: 'nested-folder',
          file: display,
          message: `folder ignored: ${definition.noun} files sit directly in ${displayFolder}/`,
          hint: `move its files up to ${displayFolder}/, or rename the folder to start with "_" to keep it as drafts`,
        }),
      );
      continue;
    }
    const extension = extname(name);
    // Images beside entries are theirs (`![chart](chart.png)`): the build optimizes them.
    if (IMAGE_EXTENSIONS.has(extension.toLowerCase())) continue;
    if (!definition.extensions.includes(extension)) {
      problems.push(
        warning({
          code: 'stray-file',
          file: display,
          message: `file ignored: only ${definition.extensions.join(' and ')} files are ${definition.noun}s`,
          found: extension || 'no extension',
          hint: definition.extensions.includes(extension.toLowerCase())
            ? `rename it to ${name.slice(0, -extension.length)}${extension.toLowerCase()}`
            : extension === '.markdown' || extension === '.txt' || (extension.toLowerCase() === '.mdx' && kind !== 'changelog')
              ? `rename it to ${name.slice(0, -extension.length)}.md`
              : 'move it out of the content folder',
        }),
      );
      continue;
    }
    const id = name.slice(0, -extension.length);
    const valid = isValidId(id);
    const file: CollectionFile = { path: join(folder, name), display, id, accepted: valid };
    if (!valid) {
      const suggestion = slugify(id);
      problems.push(
        error({
          code: 'invalid-id',
          file: display,
          message: `file name "${id}" is not a valid id`,
          expected: 'lowercase letters a-z, digits and single hyphens, such as csv-export',
          found: id,
          hint: suggestion ? `rename the file to ${suggestion}${extension}` : undefined,
        }),
      );
    }
    if (valid && isReservedId(kind, id)) {
      // The list pages own these URLs: /roadmap/now/ lists the items in progress.
      file.accepted = false;
      problems.push(
        error({
          code: 'reserved-id',
          file: display,
          message: `file name "${id}" is reserved: /${definition.folder}/${id}/ is one of the site's list pages`,
          expected: `any id except ${RESERVED_IDS[kind].join(', ')}`,
          found: id,
          hint: `rename the file, for example to ${id}-${definition.folder === 'changelog' ? 'release' : 'item'}${extension}`,
        }),
      );
    }
    // Ids that differ only in case or extension would share a URL, and a file on macOS or Windows.
    const key = id.toLowerCase();
    const other = byLowerId.get(key);
    if (other) {
      problems.push(
        error({
          code: 'id-collision',
          file: display,
          message: `id "${id}" collides with ${other.display}`,
          hint: 'every entry of a collection needs its own file name, whatever the extension or letter case',
        }),
      );
      file.accepted = false;
    } else {
      byLowerId.set(key, file);
    }
    files.push(file);
  }
  return { files, problems };
}

/** Reads, parses and checks one entry file against its collection's schema. */
interface EntryResult<K extends Kind> {
  entry?: Entry<K>;
  partial?: Entry<K>;
  standIn?: Entry<K>;
  problems: Problem[];
}

export function loadEntry<K extends Kind>(kind: K, file: CollectionFile): EntryResult<K> {
  const source = readSource(file.path, file.display);
  if (!source.ok) return { problems: [source.problem] };
  const result = parseEntry(kind, file.id, file.display, source.text);
  if (result.entry) result.entry.path = file.path;
  return result;
}

export function parseEntry<K extends Kind>(kind: K, id: string, display: string, text: string): EntryResult<K> {
  const frontmatter = parseFrontmatter(text, display, SHAPES[kind]);
  if (!frontmatter.ok) return { problems: [frontmatter.problem] };
  const definition = COLLECTIONS[kind];
  const result = definition.schema.safeParse(frontmatter.data);
  const located = { file: display, locate: frontmatter.locate, bodyLine: frontmatter.bodyLine, body: frontmatter.body, source: text };
  if (!result.success) {
    const failed = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
    const valid = Object.fromEntries(Object.entries(frontmatter.data).filter(([key]) => !failed.has(key)));
    const unknown = new Set(result.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : [])));
    const known = Object.fromEntries(Object.entries(valid).filter(([key]) => !unknown.has(key)));
    const standIn = LIFECYCLE_FIELDS[kind].some((field) => failed.has(field))
      ? undefined
      : definition.schema.safeParse({ ...PLACEHOLDERS[kind], ...known });
    return {
      partial: { kind, id, data: valid as DataByKind[K], ...located },
      standIn: standIn?.success ? { kind, id, data: standIn.data as DataByKind[K], ...located } : undefined,
      problems: schemaProblems(result.error.issues, {
        file: display,
        data: frontmatter.data,
        locate: frontmatter.locate,
        fields: FIELD_HELP[kind],
        statusKind: kind === 'changelog' ? undefined : kind,
        lineText: (line) => text.split('\n', line)[line - 1],
        allowedFields: (path) => fieldsAt(definition.schema, path),
        fieldSchema: (path) => schemaAt(definition.schema, path),
      }),
    };
  }
  return { entry: { kind, id, data: result.data, ...located }, problems: [] };
}

export function loadCollection<K extends Kind>(kind: K, contentDir: string, displayDir: string): LoadedCollection<K> {
  const listing = listCollection(kind, contentDir, displayDir);
  const entries: Entry<K>[] = [];
  const partial: Entry<K>[] = [];
  const standIns: Entry<K>[] = [];
  const problems = [...listing.problems];
  for (const file of listing.files) {
    const loaded = loadEntry(kind, file);
    if (loaded.entry && file.accepted) entries.push(loaded.entry);
    if (loaded.partial) partial.push(loaded.partial);
    if (loaded.standIn && file.accepted) standIns.push(loaded.standIn);
    problems.push(...loaded.problems);
  }
  return { entries, partial, standIns, problems };
}
