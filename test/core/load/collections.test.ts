import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCollection, loadCollection } from '../../../src/core/load/load-collection.ts';

/** A content folder with one of every kind of file a collection folder can hold, written the way maintainers do. */
let root: string;
let content: string;
const REQUEST = '---\ntitle: A request\nsubmitted: 2026-01-01\n---\nBody\n';
const RELEASE = '---\ntitle: A release\ndate: 2026-01-01\n---\nNotes\n';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'roadlog-collections-'));
  content = join(root, 'content');
  const feedback = join(content, 'feedback');
  const changelog = join(content, 'changelog');
  mkdirSync(feedback, { recursive: true });
  mkdirSync(changelog, { recursive: true });
  const files: Record<string, string> = {
    'feedback/zeta.md': REQUEST,
    'feedback/alpha.md': REQUEST,
    'feedback/Mixed-Case.md': REQUEST,
    'feedback/mixed-case.md': REQUEST,
    'feedback/shout.MD': REQUEST,
    'feedback/notes.markdown': REQUEST,
    'feedback/notes2.txt': REQUEST,
    'feedback/page.mdx': REQUEST,
    'feedback/README': 'no extension',
    'feedback/data.json': '{}',
    'feedback/chart.png': 'png',
    'feedback/photo.JPG': 'jpg',
    'feedback/_draft.md': REQUEST,
    'feedback/.hidden.md': REQUEST,
    'feedback/recent.md': REQUEST,
    'feedback/bad--id.md': REQUEST,
    'feedback/broken.md': '---\ntitle: [\n---\n',
    'feedback/status-typo.md': '---\ntitle: A\nsubmitted: 2026-01-01\nstatus: planed\nroadmap: sync\n---\n',
    'changelog/v1.md': RELEASE,
    'changelog/v1.mdx': RELEASE,
    'changelog/v2.mdx': RELEASE,
    'changelog/latest.md': RELEASE,
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
  mkdirSync(join(feedback, 'subfolder'));
  writeFileSync(join(root, 'outside.md'), REQUEST);
  symlinkSync(join(root, 'outside.md'), join(feedback, 'linked.md'));
  symlinkSync(join(feedback, 'alpha.md'), join(feedback, 'inside-link.md'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const summary = (problems: { code: string; file: string; message: string; expected?: string; found?: string; hint?: string }[]) =>
  problems.map(({ code, file, message, expected, found, hint }) => ({ code, file, message, expected, found, hint }));

describe('a collection folder', () => {
  it('lists its entries in name order and reports everything else it holds', () => {
    const { files, problems } = listCollection('feedback', content, 'content');
    expect(files.map((file) => [file.id, file.display])).toMatchSnapshot();
    expect(summary(problems)).toMatchSnapshot();
  });

  it('loads every entry, keeping what it can of a broken one for the lifecycle', () => {
    const loaded = loadCollection('feedback', content, 'content');
    expect(loaded.entries.map((entry) => [entry.id, entry.file, entry.bodyLine, entry.body])).toMatchSnapshot();
    expect(summary(loaded.problems)).toMatchSnapshot();
    expect(loaded.partial.map((entry) => entry.id)).toMatchSnapshot();
    expect(loaded.standIns.map((entry) => [entry.id, entry.data])).toMatchSnapshot();
  });

  it('of releases takes MDX, and one id in two files collides', () => {
    const { files, problems } = listCollection('changelog', content, 'site/content');
    expect(files.map((file) => [file.id, file.display, file.accepted])).toMatchSnapshot();
    expect(summary(problems)).toMatchSnapshot();
  });

  it('that does not exist holds nothing', () => {
    expect(listCollection('roadmap', content, 'content')).toEqual({ files: [], problems: [] });
  });
});
