import { describe, expect, it } from 'vitest';
import { bodyPipeline } from '../../../src/core/markdown/pipeline.ts';
import { safetyPlugin } from '../../../src/core/markdown/safety.ts';
import { bodyRenderer } from '../../helpers/markdown.ts';

describe('the body pipeline', () => {
  it('reads GitHub-flavoured Markdown: tables, strikethrough, task lists and bare links', async () => {
    const render = await bodyRenderer();
    const html = await render(
      [
        '| Plan | Seats |',
        '| --- | --- |',
        '| Team | 10 |',
        '',
        '~~gone~~',
        '',
        '- [x] done',
        '',
        'See https://example.com/docs today.',
      ].join('\n'),
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<td>Team</td>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toMatch(/<input[^>]*type="checkbox"/);
    expect(html).toMatch(/<a href="https:\/\/example\.com\/docs"/);
  });

  it('turns raw HTML into elements for the sanitizer, which keeps the safe ones', async () => {
    const render = await bodyRenderer();
    expect(await render('Press <kbd>Ctrl</kbd> now.')).toContain('<kbd>Ctrl</kbd>');
  });

  it('sanitizes before it links references, so a hand-written marker never passes as one of ours', () => {
    const { hastPlugins, features } = bodyPipeline();
    expect(features).toEqual({ gfm: true, smartPunctuation: true, rawHtml: true });
    expect(hastPlugins).toHaveLength(2);
    expect(hastPlugins[0]).toBe(safetyPlugin);
  });
});
