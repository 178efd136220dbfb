import { describe, expect, it } from 'vitest';
import { planNewEntry, type NewEntryRequest } from '../../../src/core/scaffold/new-entry.ts';
import type { ProjectIndex } from '../../../src/core/scaffold/project-index.ts';
import { siteConfig } from '../../helpers/corpus.ts';

const TODAY = '2026-05-04';

function index(ids: Partial<ProjectIndex['ids']> = {}, config = siteConfig()): ProjectIndex {
  return { config, display: 'content', ids: { feedback: [], roadmap: [], changelog: [], ...ids } };
}

const plan = (request: Partial<NewEntryRequest> & Pick<NewEntryRequest, 'kind'>, ids?: Partial<ProjectIndex['ids']>) =>
  planNewEntry({ title: 'Export to CSV', ...request }, index(ids), TODAY);

describe('a new request', () => {
  it('is named after its title and carries every option given, with today as the day it was submitted', () => {
    expect(
      plan(
        {
          kind: 'feedback',
          areas: ['exports', 'editor'],
          roadmap: 'csv',
          votes: '12',
          source: 'https://support.example.com/t/1',
          author: '  Ada  ',
        },
        { roadmap: ['csv'] },
      ),
    ).toMatchInlineSnapshot(`
      {
        "file": "feedback/export-to-csv.md",
        "id": "export-to-csv",
        "ok": true,
        "text": "---
      title: Export to CSV
      submitted: 2026-05-04
      votes: 12
      areas: [exports, editor]
      roadmap: csv
      source: https://support.example.com/t/1
      author: Ada
      ---
      <!-- The request, in the customer’s words: what they tried to do and what got in the way. -->
      ",
      }
    `);
  });

  it('starts at zero votes and leaves out what was not given', () => {
    expect(plan({ kind: 'feedback', date: '2026-01-31' })).toMatchInlineSnapshot(`
      {
        "file": "feedback/export-to-csv.md",
        "id": "export-to-csv",
        "ok": true,
        "text": "---
      title: Export to CSV
      submitted: 2026-01-31
      votes: 0
      ---
      <!-- The request, in the customer’s words: what they tried to do and what got in the way. -->
      ",
      }
    `);
  });

  it('is kept off the site when internal', () => {
    const result = plan({ kind: 'feedback', internal: true });
    expect(result.ok && result.text).toContain('\nvisibility: internal\n');
  });

  it('takes the next free id, letter case ignored, and never a list page’s', () => {
    expect(plan({ kind: 'feedback' }, { feedback: ['Export-to-CSV'] })).toMatchObject({ ok: true, id: 'export-to-csv-2' });
    expect(plan({ kind: 'feedback', title: 'Recent' })).toMatchObject({ ok: true, id: 'recent-2', file: 'feedback/recent-2.md' });
  });

  it('is named after the kind and day when the title has too few Latin letters', () => {
    expect(plan({ kind: 'feedback', title: 'Экспорт в CSV' })).toMatchObject({ ok: true, id: 'feedback-2026-05-04' });
  });
});

describe('a new roadmap item', () => {
  it('starts as later, with its areas and target', () => {
    expect(plan({ kind: 'roadmap', areas: ['exports'], target: ' Q3 ' })).toMatchInlineSnapshot(`
      {
        "file": "roadmap/export-to-csv.md",
        "id": "export-to-csv",
        "ok": true,
        "text": "---
      title: Export to CSV
      status: later
      areas: [exports]
      target: Q3
      ---
      <!-- The problem and the plan: who needs this, what it will do, what is out of scope. -->
      ",
      }
    `);
  });

  it('takes the status given', () => {
    const result = plan({ kind: 'roadmap', status: 'now' });
    expect(result.ok && result.text).toContain('\nstatus: now\n');
  });
});

describe('a new release', () => {
  it('is named after its version, with what it ships and closes', () => {
    expect(
      plan(
        {
          kind: 'changelog',
          title: 'Spring release',
          version: 'v3.5.0',
          changes: ['new', 'fixed'],
          ships: ['csv'],
          closes: ['export'],
          areas: ['exports'],
        },
        { roadmap: ['csv'], feedback: ['export'] },
      ),
    ).toMatchInlineSnapshot(`
      {
        "file": "changelog/v3-5-0.md",
        "id": "v3-5-0",
        "ok": true,
        "text": "---
      title: Spring release
      date: 2026-05-04
      version: v3.5.0
      changes: [new, fixed]
      ships: [csv]
      closes: [export]
      areas: [exports]
      ---
      <!-- The release notes: what changed and why it matters to customers. -->
      ",
      }
    `);
  });

  it('is named after its title without a version, and written as MDX on request', () => {
    expect(plan({ kind: 'changelog', title: 'Spring release', mdx: true })).toMatchInlineSnapshot(`
      {
        "file": "changelog/spring-release.mdx",
        "id": "spring-release",
        "ok": true,
        "text": "---
      title: Spring release
      date: 2026-05-04
      ---
      {/* The release notes: what changed and why it matters to customers. */}
      ",
      }
    `);
  });

  it('reads a version with or without its v', () => {
    expect(plan({ kind: 'changelog', version: '2.0' })).toMatchObject({ ok: true, id: 'v2-0' });
    expect(plan({ kind: 'changelog', version: 'V2.0' })).toMatchObject({ ok: true, id: 'v2-0' });
    expect(plan({ kind: 'changelog', version: ' v3.5.0 ' })).toMatchObject({ ok: true, id: 'v3-5-0' });
    expect(plan({ kind: 'changelog', version: '2.0' }, { changelog: ['v2-0'] })).toMatchObject({ ok: true, id: 'v2-0-2' });
  });
});

describe('a request that cannot be planned', () => {
  const problems = (request: Partial<NewEntryRequest> & Pick<NewEntryRequest, 'kind'>, ids?: Partial<ProjectIndex['ids']>) => {
    const result = plan(request, ids);
    if (result.ok) throw new Error(`planned ${result.file}`);
    return result.problems;
  };

  it('names an option that belongs to other kinds of entry', () => {
    expect(problems({ kind: 'feedback', version: '1.0', status: 'now', areas: ['exports'] })).toEqual([
      '--status applies to roadmap entries, not to feedback',
      '--version applies to changelog entries, not to feedback',
    ]);
    expect(problems({ kind: 'roadmap', votes: '3', mdx: true })).toEqual([
      '--votes applies to feedback entries, not to roadmap',
      '--mdx applies to changelog entries, not to roadmap',
    ]);
    expect(problems({ kind: 'changelog', mdx: false, target: 'Q1' })).toEqual(['--target applies to roadmap entries, not to changelog']);
    expect(problems({ kind: 'feedback', changes: ['new'] })).toEqual(['--changes applies to changelog entries, not to feedback']);
  });

  it('refuses an empty or too long title', () => {
    expect(problems({ kind: 'feedback', title: '   ' })).toEqual(['the title is empty: give it in quotes, as in "Export to CSV"']);
    expect(problems({ kind: 'feedback', title: 'x'.repeat(141) })).toEqual(['the title has 141 characters; at most 140 are allowed']);
    expect(plan({ kind: 'feedback', title: ` ${'x'.repeat(140)} ` }).ok).toBe(true);
  });

  it('refuses a day that is not a calendar day, or too early', () => {
    expect(problems({ kind: 'feedback', date: '2026-02-30' })).toEqual(['--date: "2026-02-30" is not a day written as YYYY-MM-DD']);
    expect(problems({ kind: 'feedback', date: 'May 4' })).toEqual(['--date: "May 4" is not a day written as YYYY-MM-DD']);
    expect(problems({ kind: 'feedback', date: '0999-12-31' })).toEqual(['--date: "0999-12-31": expected a year from 1000 on']);
    expect(plan({ kind: 'feedback', date: '1000-01-01' }).ok).toBe(true);
  });

  it('names unknown areas, items, requests, statuses and change types, with a did-you-mean', () => {
    expect(problems({ kind: 'feedback', areas: ['export', 'billing'], roadmap: 'cvs' }, { roadmap: ['csv'] })).toMatchInlineSnapshot(`
      [
        "--areas: "export" is not an area declared in content/site.yaml; did you mean "exports"?",
        "--areas: "billing" is not an area declared in content/site.yaml",
        "--roadmap: "cvs" is not a roadmap item in content/roadmap/; did you mean "csv"?",
      ]
    `);
    expect(problems({ kind: 'changelog', ships: ['nope'], closes: ['nah'], changes: ['fixd'] })).toMatchInlineSnapshot(`
      [
        "--ships: "nope" is not a roadmap item in content/roadmap/",
        "--closes: "nah" is not a request in content/feedback/",
        "--changes: "fixd" is not a change type (use new, improved, fixed, deprecated, removed, security); did you mean "fixed"?",
      ]
    `);
    expect(problems({ kind: 'roadmap', status: 'done' })).toMatchInlineSnapshot(`
      [
        "--status: "done" is not a status (use later, next, now, paused, cancelled)",
      ]
    `);
  });

  it('says when a site declares no areas yet', () => {
    const result = planNewEntry({ kind: 'feedback', title: 'Export', areas: ['exports'] }, index({}, siteConfig({ areas: [] })), TODAY);
    expect(result).toEqual({
      ok: false,
      problems: ['--areas: "exports" is not an area declared in content/site.yaml (none are declared yet)'],
    });
  });

  it('refuses votes that are not a whole number and a source that is not a web address', () => {
    expect(problems({ kind: 'feedback', votes: '1.5', source: 'mailto:ada@example.com' })).toEqual([
      '--votes: "1.5" is not a whole number',
      '--source: "mailto:ada@example.com" is not an http(s):// address',
    ]);
    expect(problems({ kind: 'feedback', votes: '-1', source: 'https://exa mple.com' })).toEqual([
      '--votes: "-1" is not a whole number',
      '--source: "https://exa mple.com" is not an http(s):// address',
    ]);
    expect(plan({ kind: 'feedback', votes: '0', source: 'http://example.com' }).ok).toBe(true);
  });

  it('refuses an id that is invalid, reserved or taken, and never overwrites', () => {
    expect(problems({ kind: 'feedback', id: 'Export CSV' })).toEqual([
      '--id: "Export CSV" is not a valid id (lowercase letters, digits and single hyphens, such as export-csv)',
    ]);
    expect(problems({ kind: 'feedback', id: '!!' })).toEqual([
      '--id: "!!" is not a valid id (lowercase letters, digits and single hyphens, such as csv-export)',
    ]);
    expect(problems({ kind: 'feedback', id: 'recent' })).toEqual([
      '--id: "recent" is reserved: /feedback/recent/ is one of the site\'s list pages; choose another id',
    ]);
    expect(problems({ kind: 'roadmap', id: 'sync' }, { roadmap: ['Sync'] })).toEqual([
      '--id: content/roadmap/Sync already exists; nothing is overwritten, choose another id',
    ]);
    expect(plan({ kind: 'roadmap', id: 'sync-2' }, { roadmap: ['sync'] })).toMatchObject({
      ok: true,
      id: 'sync-2',
      file: 'roadmap/sync-2.md',
    });
  });
});
