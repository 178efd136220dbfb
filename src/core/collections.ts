import type { z } from 'zod';
import { changelogSchema, type ChangelogData } from './schema/changelog.ts';
import { feedbackSchema, type FeedbackData } from './schema/feedback.ts';
import { roadmapSchema, type RoadmapData } from './schema/roadmap.ts';
import type { Locator } from './load/locator.ts';

export const KINDS = ['feedback', 'roadmap', 'changelog'] as const;
export type Kind = (typeof KINDS)[number];

export interface DataByKind {
  feedback: FeedbackData;
  roadmap: RoadmapData;
  changelog: ChangelogData;
}

interface CollectionDefinition<K extends Kind> {
  kind: K;
  /** Folder below the content directory. */
  folder: string;
  extensions: readonly string[];
  schema: z.ZodType<DataByKind[K]>;
  /** The word maintainers use for one entry, in messages. */
  noun: string;
}

export const COLLECTIONS: { [K in Kind]: CollectionDefinition<K> } = {
  feedback: { kind: 'feedback', folder: 'feedback', extensions: ['.md'], schema: feedbackSchema, noun: 'request' },
  roadmap: { kind: 'roadmap', folder: 'roadmap', extensions: ['.md'], schema: roadmapSchema, noun: 'roadmap item' },
  changelog: {
    kind: 'changelog',
    folder: 'changelog',
    extensions: ['.md', '.mdx'],
    schema: changelogSchema,
    noun: 'release',
  },
};

/** Drafts (`_draft.md`, `_old/`) and hidden files are never entries and never reported. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/**
 * The entry a file in the content folder would be, from its path relative to
 * the folder (`feedback/csv-export.md`): a direct child of a collection's
 * folder, with one of its extensions, not a draft.
 */
export function entryOfFile(path: string): { kind: Kind; id: string } | undefined {
  const [folder, name, ...deeper] = path.split('/');
  if (!folder || !name || deeper.length > 0 || isSkippedName(name)) return undefined;
  const definition = KINDS.map((kind) => COLLECTIONS[kind]).find((candidate) => candidate.folder === folder);
  const extension = definition?.extensions.find((candidate) => name.endsWith(candidate));
  if (!definition || !extension) return undefined;
  return { kind: definition.kind, id: name.slice(0, -extension.length) };
}

/** One entry as the lifecycle and the views see it, whoever loaded it. */
export interface Entry<K extends Kind = Kind> {
  kind: K;
  id: string;
  data: DataByKind[K];
  /** Path relative to the project root, when loaded from disk. */
  file?: string;
  /** Finds the line of a frontmatter field, for messages. */
  locate?: Locator;
  /** Line where the Markdown body starts. */
  bodyLine?: number;
  /** The Markdown body, when the loader kept it. */
  body?: string;
  /** The whole file as read (frontmatter and body), when loaded from disk: what a digest covers. */
  source?: string;
  /** Absolute path on disk, when loaded from disk. */
  path?: string;
}

export type FeedbackEntry = Entry<'feedback'>;
export type RoadmapEntry = Entry<'roadmap'>;
export type ChangelogEntry = Entry<'changelog'>;

export interface Corpus {
  feedback: FeedbackEntry[];
  roadmap: RoadmapEntry[];
  changelog: ChangelogEntry[];
}
