import { describe, expect, it } from 'vitest';
import { deriveLifecycle } from '../../../src/core/lifecycle/derive.ts';
import { isInternal, publish } from '../../../src/core/lifecycle/published.ts';
import { corpus, feedback, release, roadmap } from '../../helpers/corpus.ts';

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

/** Public requests linked to internal items in every state, internal requests beside public ones, an internal release. */
function mixed() {
  return corpus({
    roadmap: [
      roadmap('hidden-next', { status: 'next', visibility: 'internal' }),
      roadmap('hidden-now', { status: 'now', visibility: 'internal' }),
      roadmap('hidden-shipped', { status: 'now', visibility: 'internal' }),
      roadmap('hidden-cancelled', { status: 'cancelled', visibility: 'internal', updates: [{ date: '2026-02-01', note: 'Too costly' }] }),
      roadmap('public-now', { status: 'now' }),
    ],
    feedback: [
      feedback('a', { roadmap: 'hidden-next', votes: 5 }),
      feedback('b', { roadmap: 'hidden-now', votes: 2 }),
      feedback('c', { roadmap: 'hidden-shipped', votes: 1 }),
      feedback('d', { roadmap: 'hidden-cancelled', votes: 1 }),
      feedback('e', { roadmap: 'public-now', votes: 3 }),
      feedback('secret', { roadmap: 'public-now', votes: 40, visibility: 'internal' }),
      feedback('secret-dup', { status: 'duplicate', duplicateOf: 'e', votes: 7, visibility: 'internal' }),
      feedback('e-too', { status: 'duplicate', duplicateOf: 'e', votes: 1 }),
    ],
    changelog: [
      release('v1', { date: '2026-02-01', version: '1.0', ships: ['hidden-shipped'], closes: ['secret'] }),
      release('quiet', { date: '2026-02-10', visibility: 'internal', closes: ['e'] }),
    ],
  });
}

describe('isInternal', () => {
  it('is true for visibility: internal only', () => {
    expect(isInternal(feedback('x', { visibility: 'internal' }))).toBe(true);
    expect(isInternal(feedback('x', { visibility: 'public' }))).toBe(false);
    expect(isInternal(feedback('x'))).toBe(false);
  });
});

describe('publish', () => {
  it('hands back the very corpus and lifecycle when nothing is internal', () => {
    const content = corpus({ feedback: [feedback('a')], roadmap: [roadmap('r')], changelog: [release('v1'), release('v2')] });
    const lifecycle = deriveLifecycle(content);
    const published = publish(content, lifecycle);
    expect(published.corpus).toBe(content);
    expect(published.lifecycle).toBe(lifecycle);
  });

  it('drops internal entries of each kind, and keeps the public ones in order', () => {
    const content = mixed();
    const { corpus: shown } = publish(content, deriveLifecycle(content));
    expect(ids(shown.feedback)).toEqual(['a', 'b', 'c', 'd', 'e', 'e-too']);
    expect(ids(shown.roadmap)).toEqual(['public-now']);
    expect(ids(shown.changelog)).toEqual(['v1']);
  });

  it('keeps the status an internal item gives a request, without naming the item or its note', () => {
    const content = mixed();
    const full = deriveLifecycle(content);
    expect(full.feedback.get('d')!.explanation).toEqual({ status: 'declined', reason: 'Too costly', roadmap: 'hidden-cancelled' });
    const { feedback: states } = publish(content, full).lifecycle;
    expect([...states.keys()]).toEqual(['a', 'b', 'c', 'd', 'e', 'e-too']);
    const shipment = { release: 'v1', version: '1.0', date: '2026-02-01' };
    expect(states.get('a')).toEqual({
      id: 'a',
      status: 'planned',
      explanation: { status: 'planned', roadmapStatus: 'next' },
      votes: 5,
      totalVotes: 5,
      duplicates: [],
      roadmap: undefined,
    });
    expect(states.get('b')!.explanation).toEqual({ status: 'in-progress' });
    expect(states.get('c')!.explanation).toEqual({ status: 'shipped', shipment });
    expect(states.get('c')!.shipped).toEqual(shipment);
    expect(states.get('d')!.explanation).toEqual({ status: 'declined' });
    for (const id of ['a', 'b', 'c', 'd']) expect(states.get(id)!.roadmap).toBeUndefined();
  });

  it('leaves a request linked to a public item as it is, and a merged one pointing at its canonical request', () => {
    const content = mixed();
    const { feedback: states } = publish(content, deriveLifecycle(content)).lifecycle;
    expect(states.get('e')!.roadmap).toBe('public-now');
    expect(states.get('e')!.explanation).toEqual({ status: 'in-progress', roadmap: 'public-now' });
    expect(states.get('e-too')!.explanation).toEqual({ status: 'merged', into: 'e', canonical: 'e' });
    expect(states.get('e-too')!.roadmap).toBe('public-now');
  });

  it('counts votes again from public requests only: no total reveals a hidden request', () => {
    const content = mixed();
    const full = deriveLifecycle(content);
    expect(full.feedback.get('e')!.totalVotes).toBe(11);
    const { feedback: states, roadmap: items } = publish(content, full).lifecycle;
    expect(states.get('e')!.duplicates).toEqual(['e-too']);
    expect(states.get('e')!.totalVotes).toBe(4);
    expect(states.get('e-too')!.totalVotes).toBe(1);
    expect([...items.keys()]).toEqual(['public-now']);
    expect(items.get('public-now')).toEqual({ id: 'public-now', status: 'now', requests: ['e'], votes: 4 });
  });

  it('lists only public releases, each with only the public items and requests it answers', () => {
    const content = mixed();
    const full = deriveLifecycle(content);
    expect(full.releaseOrder).toEqual(['v1', 'quiet']);
    const { releases, releaseOrder, problems } = publish(content, full).lifecycle;
    expect(releaseOrder).toEqual(['v1']);
    expect([...releases.keys()]).toEqual(['v1']);
    expect(releases.get('v1')).toEqual({ id: 'v1', ships: [], closes: [], answers: ['c'] });
    expect(problems).toBe(full.problems);
  });

  it('does not count a merged request twice into a canonical request that is itself merged away', () => {
    const content = corpus({
      feedback: [
        feedback('hidden', { visibility: 'internal' }),
        feedback('root', { votes: 2 }),
        feedback('middle', { status: 'duplicate', duplicateOf: 'root', votes: 3 }),
        feedback('leaf', { status: 'duplicate', duplicateOf: 'middle', votes: 4 }),
      ],
    });
    const { feedback: states } = publish(content, deriveLifecycle(content)).lifecycle;
    expect(states.get('root')!.totalVotes).toBe(9);
    expect(states.get('middle')!.totalVotes).toBe(3);
    expect(states.get('leaf')!.totalVotes).toBe(4);
  });
});
