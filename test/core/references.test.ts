import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/core/load/load-collection.ts';
import { findReferences, resolveReferenceMarkers, type ResolvedReference } from '../../src/core/markdown/references.ts';
import { checkBodyReferences } from '../../src/core/validate/body-references.ts';
import { referenceResolver } from '../../src/core/view/references.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, release, roadmap, siteConfig } from '../helpers/corpus.ts';
import { bodyRenderer } from '../helpers/markdown.ts';

const render = await bodyRenderer('/docs/');

const target: ResolvedReference = { href: '/docs/roadmap/dark-mode/', title: 'Dark <mode> & more', status: 'Planned', state: 'planned' };
const resolve = (kind: string, id: string) => (kind === 'roadmap' && id === 'dark-mode' ? target : undefined);

describe('finding references in a body', () => {
  it('gives each one’s line and column, outside code', () => {
    const body =
      'See [[roadmap:dark-mode]].\n\n`[[roadmap:in-code]]` and ``a `[[x:y]]` b``\n```\n[[feedback:fenced]]\n```\nLast [[Roadmap:X_Y]] and [[roadmpa:z]]';
    expect(findReferences(body)).toEqual([
      { raw: '[[roadmap:dark-mode]]', kind: 'roadmap', id: 'dark-mode', line: 1, column: 5 },
      { raw: '[[Roadmap:X_Y]]', kind: 'Roadmap', id: 'X_Y', line: 7, column: 6 },
      { raw: '[[roadmpa:z]]', kind: 'roadmpa', id: 'z', line: 7, column: 26 },
    ]);
    expect(findReferences('No references, only [brackets] and [[]].')).toEqual([]);
  });
});

describe('finding references around code', () => {
  it('skips a fence until one of the same character at least as long closes it, and code spans of any length', () => {
    const body = [
      '````',
      '```',
      '[[roadmap:in-fence]]',
      '````',
      '~~~',
      '[[roadmap:tilde]]',
      '```',
      '[[roadmap:still-tilde]]',
      '~~~',
      '[[roadmap:out]] ``a ` [[roadmap:code]] `` [[roadmap:after]] `x``',
      '`` [[roadmap:y]]',
    ].join('\n');
    expect(findReferences(body)).toEqual([
      { raw: '[[roadmap:out]]', kind: 'roadmap', id: 'out', line: 10, column: 1 },
      { raw: '[[roadmap:after]]', kind: 'roadmap', id: 'after', line: 10, column: 43 },
      { raw: '[[roadmap:y]]', kind: 'roadmap', id: 'y', line: 11, column: 4 },
    ]);
  });
});

describe('the references plugin', () => {
  it('turns a reference into a marked link under the base path, and leaves code and other brackets alone', async () => {
    const html = await render('Planned as [[roadmap:dark-mode]]. `[[roadmap:dark-mode]]` [[unknown:thing]] [[roadmap:Bad_Id]]');
    expect(html).toContain('<a href="/docs/roadmap/dark-mode/" data-roadlog-ref="roadmap:dark-mode">roadmap:dark-mode</a>');
    expect(html).toContain('<code>[[roadmap:dark-mode]]</code>');
    expect(html).toContain('[[unknown:thing]] [[roadmap:Bad_Id]]');
  });

  it('leaves references inside links and raw <pre> as text, and links them inside emphasis, side by side or at the end', async () => {
    expect(await render('[see [[roadmap:dark-mode]]](/x) and **[[roadmap:a-b]]**')).toBe(
      '<p><a href="/x">see [[roadmap:dark-mode]]</a> and <strong><a href="/docs/roadmap/a-b/" data-roadlog-ref="roadmap:a-b">roadmap:a-b</a></strong></p>\n',
    );
    expect(await render('[[roadmap:a]][[feedback:b]]')).toBe(
      '<p><a href="/docs/roadmap/a/" data-roadlog-ref="roadmap:a">roadmap:a</a><a href="/docs/feedback/b/" data-roadlog-ref="feedback:b">feedback:b</a></p>\n',
    );
    expect(await render('x [[roadmap:a]]')).toBe('<p>x <a href="/docs/roadmap/a/" data-roadlog-ref="roadmap:a">roadmap:a</a></p>\n');
    expect(await render('<pre>[[roadmap:a]]</pre> [[roadmap:b]]')).toBe(
      '<pre>[[roadmap:a]]</pre> <a href="/docs/roadmap/b/" data-roadlog-ref="roadmap:b">roadmap:b</a>\n',
    );
  });

  it('keeps its marker through the sanitizer in a body that also holds raw HTML', async () => {
    // A body with a `<` is sanitized whole: the plugin must run after the sanitizer, or its marker is lost.
    const html = await render('<b>Bold</b> and [[roadmap:dark-mode]].');
    expect(html).toBe(
      '<p><b>Bold</b> and <a href="/docs/roadmap/dark-mode/" data-roadlog-ref="roadmap:dark-mode">roadmap:dark-mode</a>.</p>\n',
    );
    expect(resolveReferenceMarkers(html, resolve)).toContain('class="roadlog-ref" data-status="planned">Dark &lt;mode&gt; &amp; more</a>');
  });

  it('drops every marker written by hand in raw HTML, well-formed or not', async () => {
    const html = await render(
      '<a href="/x" data-roadlog-ref="roadmap:dark-mode" onclick="alert(1)">forged</a> <a data-roadlog-ref="x&quot;>" href="/y">bad</a>',
    );
    expect(html).toBe('<p><a href="/x">forged</a> <a href="/y">bad</a></p>\n');
    expect(resolveReferenceMarkers(html, resolve)).toBe(html);
  });
});

describe('resolving markers in rendered HTML', () => {
  it('writes the target’s title and status, escaped, and drops links to entries that are gone', async () => {
    const html = await render('A [[roadmap:dark-mode]] and [[roadmap:gone]].');
    const resolved = resolveReferenceMarkers(html, resolve);
    expect(resolved).toContain(
      '<a href="/docs/roadmap/dark-mode/" class="roadlog-ref" data-status="planned">Dark &lt;mode&gt; &amp; more</a><span class="roadlog-ref-status"> (Planned)</span>',
    );
    expect(resolved).toContain('<span class="roadlog-ref roadlog-ref-missing">[[roadmap:gone]]</span>');
  });

  it('touches only the exact element the plugin writes', () => {
    const forged = '<a href="/x" data-roadlog-ref="roadmap:dark-mode" title="a>b">t</a>';
    expect(resolveReferenceMarkers(forged, resolve)).toBe(forged);
    expect(
      resolveReferenceMarkers('<p>no markers</p>', () => {
        throw new Error('not called');
      }),
    ).toBe('<p>no markers</p>');
  });

  it('reads titles and statuses from the lifecycle', () => {
    const model = createSiteModel(
      siteConfig(),
      corpus({
        feedback: [feedback('csv', { roadmap: 'export' })],
        roadmap: [roadmap('export', { status: 'now', title: 'Export' })],
        changelog: [release('v2', { title: '2.0', date: '2026-05-05' })],
      }),
    );
    const resolveLive = referenceResolver(model);
    expect(resolveLive('feedback', 'csv')).toMatchObject({ status: 'In progress', state: 'in-progress', href: '/feedback/csv/' });
    expect(resolveLive('roadmap', 'export')).toMatchObject({ title: 'Export', status: 'Now' });
    expect(resolveLive('changelog', 'v2')).toMatchObject({ title: '2.0', status: 'released 5 May 2026' });
    expect(resolveLive('roadmap', 'missing')).toBeUndefined();
  });
});

describe('validating references', () => {
  it('reports unknown targets and kinds at their line and column in the file, with did-you-mean', () => {
    const parsed = parseEntry(
      'feedback',
      'a',
      'content/feedback/a.md',
      '---\ntitle: A\nsubmitted: 2026-01-01\n---\nIntro.\n\nSee [[roadmap:dark-mod]] or [[roadmpa:dark-mode]]; [[roadmap:dark-mode]] is fine.\n',
    );
    const problems = checkBodyReferences(corpus({ feedback: [parsed.entry!], roadmap: [roadmap('dark-mode')] }));
    expect(problems).toMatchObject([
      {
        code: 'unknown-reference',
        file: 'content/feedback/a.md',
        line: 7,
        column: 5,
        message: 'roadmap item "dark-mod" does not exist',
        hint: 'did you mean "dark-mode"?',
      },
      {
        code: 'unknown-reference',
        line: 7,
        column: 29,
        message: '"roadmpa" is not a kind of entry to reference',
        hint: 'did you mean "roadmap"?',
      },
    ]);
  });
});
