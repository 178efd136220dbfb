import { describe, expect, it } from 'vitest';
import { deriveLifecycle } from '../../../src/core/lifecycle/derive.ts';
import { corpus, feedback, release, roadmap } from '../../helpers/corpus.ts';

describe('votes and answers through the lifecycle', () => {
  it('flow from merged requests, however deep, into their canonical request and its roadmap item', () => {
    // Duplicates are listed first on purpose: the derivation must not depend on file order.
    const content = corpus({
      roadmap: [roadmap('item', { status: 'now' })],
      feedback: [
        feedback('leaf', { status: 'duplicate', duplicateOf: 'middle', votes: 4 }),
        feedback('middle', { status: 'duplicate', duplicateOf: 'root', votes: 3 }),
        feedback('root', { roadmap: 'item', votes: 2 }),
        feedback('other', { roadmap: 'item', votes: 8 }),
        feedback('tie-b', { roadmap: 'item', votes: 9 }),
        feedback('tie-a', { roadmap: 'item', votes: 9 }),
        feedback('stray', { status: 'duplicate', duplicateOf: 'nobody', votes: 50 }),
      ],
      changelog: [release('v1', { ships: ['item'], closes: ['stray', 'other'] })],
    });
    const lifecycle = deriveLifecycle(content);
    const state = (id: string) => lifecycle.feedback.get(id)!;
    expect([state('root').totalVotes, state('middle').totalVotes, state('leaf').totalVotes]).toEqual([9, 3, 4]);
    expect(state('root').duplicates).toEqual(['middle']);
    expect(state('middle').duplicates).toEqual(['leaf']);
    expect(state('leaf').explanation).toEqual({ status: 'merged', into: 'middle', canonical: 'root' });
    expect(state('leaf').roadmap).toBe('item');
    expect(state('middle').roadmap).toBe('item');
    expect(lifecycle.roadmap.get('item')!.votes).toBe(35);
    expect(lifecycle.roadmap.get('item')!.requests).toEqual(['root', 'tie-a', 'tie-b', 'other']);
    expect(lifecycle.releases.get('v1')!.answers).toEqual(['stray', 'root', 'tie-a', 'tie-b', 'other']);
  });

  it('leave a duplicate of a missing request, and a loop, without a canonical request', () => {
    const lifecycle = deriveLifecycle(
      corpus({
        feedback: [
          feedback('a', { status: 'duplicate', duplicateOf: 'b', votes: 1 }),
          feedback('b', { status: 'duplicate', duplicateOf: 'a', votes: 1 }),
          feedback('c', { status: 'duplicate', duplicateOf: 'a', votes: 5 }),
          feedback('lost', { status: 'duplicate', duplicateOf: 'gone', votes: 2 }),
        ],
      }),
    );
    expect([...lifecycle.feedback.values()].map((state) => [state.id, state.status, state.totalVotes, state.duplicates])).toMatchSnapshot();
    expect(lifecycle.problems.map((problem) => problem.code)).toMatchSnapshot();
  });
});
