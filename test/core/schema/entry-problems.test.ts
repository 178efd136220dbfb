import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../src/core/collections.ts';
import { parseEntry } from '../../../src/core/load/load-collection.ts';
import { parseSiteConfig } from '../../../src/core/load/site-config.ts';

/**
 * Every kind of frontmatter mistake, and the problem a maintainer gets for it: code, line, column, message, what was
 * expected, what was found, the hint. Pinned whole, so a message that loses its value, its position or its hint shows.
 */
const FEEDBACK: Record<string, string> = {
  'unknown field, close to a known one': 'title: A\nsubmitted: 2026-01-01\nvotse: 3\n',
  'unknown field, far from any': 'title: A\nsubmitted: 2026-01-01\ncolour: red\n',
  'stat for status, with a roadmap status': 'title: A\nsubmitted: 2026-01-01\nstats: now\n',
  'missing title': 'submitted: 2026-01-01\n',
  'missing everything': 'votes: 1\n',
  'title as a number': 'title: 42\nsubmitted: 2026-01-01\n',
  'title as a boolean': 'title: yes\nsubmitted: 2026-01-01\n',
  'title too long': `title: ${'x'.repeat(141)}\nsubmitted: 2026-01-01\n`,
  'title empty': 'title: ""\nsubmitted: 2026-01-01\n',
  'title on two lines': 'title: "one\\ntwo"\nsubmitted: 2026-01-01\n',
  'votes quoted': 'title: A\nsubmitted: 2026-01-01\nvotes: "12"\n',
  'votes negative': 'title: A\nsubmitted: 2026-01-01\nvotes: -1\n',
  'votes fractional': 'title: A\nsubmitted: 2026-01-01\nvotes: 1.5\n',
  'votes as text': 'title: A\nsubmitted: 2026-01-01\nvotes: many\n',
  'day that does not exist': 'title: A\nsubmitted: 2026-02-30\n',
  'day written another way': 'title: A\nsubmitted: 03/04/2026\n',
  'day too early': 'title: A\nsubmitted: 0999-01-01\n',
  'day as a number': 'title: A\nsubmitted: 20260101\n',
  'status unknown, close to one': 'title: A\nsubmitted: 2026-01-01\nstatus: planed\n',
  'status of a roadmap item': 'title: A\nsubmitted: 2026-01-01\nstatus: in progress\n',
  'status unknown': 'title: A\nsubmitted: 2026-01-01\nstatus: maybe\n',
  'duplicate without a target': 'title: A\nsubmitted: 2026-01-01\nstatus: duplicate\n',
  'duplicateOf without the status': 'title: A\nsubmitted: 2026-01-01\nduplicateOf: b\n',
  'declined without a reason': 'title: A\nsubmitted: 2026-01-01\nstatus: declined\n',
  'empty reason': 'title: A\nsubmitted: 2026-01-01\nstatus: declined\nreason: "  "\n',
  'areas as a string': 'title: A\nsubmitted: 2026-01-01\nareas: exports\n',
  'areas as a string of several': 'title: A\nsubmitted: 2026-01-01\nareas: exports, editor\n',
  'areas with a bad id': 'title: A\nsubmitted: 2026-01-01\nareas: [Exports]\n',
  'areas listed twice': 'title: A\nsubmitted: 2026-01-01\nareas: [exports, exports]\n',
  'roadmap id with capitals': 'title: A\nsubmitted: 2026-01-01\nroadmap: CSV-export\n',
  'roadmap as a list': 'title: A\nsubmitted: 2026-01-01\nroadmap: [csv]\n',
  'source not a web address': 'title: A\nsubmitted: 2026-01-01\nsource: ftp://example.com\n',
  'source not a URL': 'title: A\nsubmitted: 2026-01-01\nsource: somewhere\n',
  'author too long': `title: A\nsubmitted: 2026-01-01\nauthor: ${'a'.repeat(81)}\n`,
  'visibility unknown': 'title: A\nsubmitted: 2026-01-01\nvisibility: secret\n',
  'nested object where text goes': 'title:\n  en: A\nsubmitted: 2026-01-01\n',
  'a list where text goes': 'title: [A, B]\nsubmitted: 2026-01-01\n',
  'null title': 'title:\nsubmitted: 2026-01-01\n',
};

const ROADMAP: Record<string, string> = {
  'status of a request': 'title: A\nstatus: planned\n',
  'status shipped, which a release gives': 'title: A\nstatus: shipped\n',
  'status close to one': 'title: A\nstatus: nxt\n',
  'updates as a string': 'title: A\nupdates: soon\n',
  'an update without a note': 'title: A\nupdates:\n  - date: 2026-01-01\n',
  'an update with an unknown field': 'title: A\nupdates:\n  - date: 2026-01-01\n    note: x\n    stauts: now\n',
  'an update with a bad day': 'title: A\nupdates:\n  - date: 2026-13-01\n    note: x\n',
  'an update that is text': 'title: A\nupdates:\n  - planned next\n',
  'target too long': `title: A\ntarget: ${'q'.repeat(41)}\n`,
};

const CHANGELOG: Record<string, string> = {
  'missing date': 'title: A\n',
  'ships as a string': 'title: A\ndate: 2026-01-01\nships: csv\n',
  'closes with a bad id': 'title: A\ndate: 2026-01-01\ncloses: [Not An Id]\n',
  'changes unknown': 'title: A\ndate: 2026-01-01\nchanges: [added]\n',
  'version as a number': 'title: A\ndate: 2026-01-01\nversion: 1.5\n',
  'unknown field': 'title: A\ndate: 2026-01-01\nshipped: [csv]\n',
};

const problemsOf = (kind: Kind, cases: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(cases).map(([name, frontmatter]) => {
      const { problems } = parseEntry(kind, 'entry', `content/${kind}/entry.md`, `---\n${frontmatter}---\nBody\n`);
      return [name, problems];
    }),
  );

describe('frontmatter mistakes', () => {
  it('in a request', () => {
    expect(problemsOf('feedback', FEEDBACK)).toMatchSnapshot();
  });

  it('in a roadmap item', () => {
    expect(problemsOf('roadmap', ROADMAP)).toMatchSnapshot();
  });

  it('in a release', () => {
    expect(problemsOf('changelog', CHANGELOG)).toMatchSnapshot();
  });

  it('in the file itself', () => {
    expect(
      Object.fromEntries(
        Object.entries({
          'no frontmatter': 'Just a body\n',
          'unclosed frontmatter': '---\ntitle: A\n',
          'not YAML': '---\ntitle: [A\n---\n',
          'a list, not fields': '---\n- a\n- b\n---\n',
          'empty frontmatter': '---\n---\nBody\n',
          'tab indentation': '---\ntitle: A\nupdates:\n\t- x\n---\n',
          'duplicate key': '---\ntitle: A\ntitle: B\nsubmitted: 2026-01-01\n---\n',
        }).map(([name, text]) => [name, parseEntry('feedback', 'entry', 'content/feedback/entry.md', text).problems]),
      ),
    ).toMatchSnapshot();
  });
});

describe('site.yaml mistakes', () => {
  const base = 'title: T\ndescription: D\nurl: https://example.com\nintake:\n  - label: Send\n    url: https://example.com/new\n';
  it('each get their problem', () => {
    const cases: Record<string, string> = {
      'missing title': base.replace('title: T\n', ''),
      'url with a path': base.replace('url: https://example.com', 'url: https://example.com/roadmap'),
      'base without slashes': `${base}base: roadmap\n`,
      'language unknown': `${base}language: klingon\n`,
      'accent not a colour': `${base}accent: blue\n`,
      'areas with a duplicate id': `${base}areas:\n  - id: a\n    label: A\n  - id: a\n    label: B\n`,
      'labels for an unknown status': `${base}labels:\n  shiped:\n    label: Done\n`,
      'ui with an unknown key': `${base}ui:\n  nav.hom: Start\n`,
      'intake not a list': base.replace(/intake:[\s\S]*/, 'intake: https://example.com/new\n'),
      'lists page size zero': `${base}lists:\n  pageSize: 0\n`,
      'notify webhook without an address': `${base}notify:\n  webhooks:\n    - format: slack\n`,
      'an unknown top-level field': `${base}colour: red\n`,
    };
    expect(
      Object.fromEntries(Object.entries(cases).map(([name, text]) => [name, parseSiteConfig(text, 'content/site.yaml').problems])),
    ).toMatchSnapshot();
  });
});
