import { describe, expect, it } from 'vitest';
import { typesetText } from '../../src/core/markdown/typeset.ts';
import { explainFeedback } from '../../src/core/view/explain.ts';
import { inlineText } from '../../src/core/view/inline.ts';
import { roadmapPage } from '../../src/core/view/roadmap-view.ts';
import { createSiteModel } from '../../src/core/view/site-model.ts';
import { corpus, feedback, roadmap, siteConfig } from '../helpers/corpus.ts';

describe('frontmatter prose', () => {
  it('is typeset as bodies are: curly quotes, dashes, ellipses', () => {
    expect(typesetText(`We don't "need" it -- really...`)).toBe('We don’t “need” it – really…');
    expect(typesetText("It's 2026---the year")).toBe('It’s 2026—the year');
  });

  it('keeps every other character as written: no emphasis, links, lists or tags', () => {
    const plain = '- a list? 1. no *emph* _x_ [link](https://x.example) <b>tag</b> & co \\ `code`';
    expect(typesetText(plain)).toBe(plain);
    expect(typesetText('1. first')).toBe('1. first');
    expect(typesetText('Line one\n  line two')).toBe('Line one line two');
  });

  it('reaches pages typeset: update notes, cancelled and declined reasons', () => {
    const model = createSiteModel(
      siteConfig(),
      corpus({
        roadmap: [roadmap('old', { status: 'cancelled', updates: [{ date: '2026-01-02', note: `We can't "sync" that.` }] })],
        feedback: [feedback('ie', { status: 'declined', reason: `IE isn't "supported".` }), feedback('linked', { roadmap: 'old' })],
      }),
    );
    expect(inlineText(explainFeedback(model, model.lifecycle.feedback.get('ie')!.explanation))).toBe('Declined: IE isn’t “supported”.');
    expect(inlineText(explainFeedback(model, model.lifecycle.feedback.get('linked')!.explanation))).toContain(': We can’t “sync” that.');
    expect(roadmapPage(model, 'old').updates.map((update) => update.note)).toEqual(['We can’t “sync” that.']);
  });
});
