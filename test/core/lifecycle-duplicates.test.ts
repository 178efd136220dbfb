import { describe, expect, it } from 'vitest';
import { deriveLifecycle } from '../../src/core/lifecycle/derive.ts';
import { corpus, feedback, release, roadmap } from '../helpers/corpus.ts';

const dup = (id: string, of: string, votes: number) => feedback(id, { status: 'duplicate', duplicateOf: of, votes });

describe('duplicates', () => {
  it('follow their chain to the request that stays open, which gathers every vote along it', () => {
    const life = deriveLifecycle(
      corpus({
        feedback: [dup('a', 'b', 1), dup('b', 'c', 10), feedback('c', { votes: 100, roadmap: 'item' }), dup('e', 'c', 1000)],
        roadmap: [roadmap('item', { status: 'next' })],
      }),
    );
    expect(life.problems).toEqual([]);
    const state = (id: string) => {
      const { status, totalVotes, duplicates, roadmap: item } = life.feedback.get(id)!;
      return { status, totalVotes, duplicates, roadmap: item };
    };
    expect(state('c')).toEqual({ status: 'planned', totalVotes: 1111, duplicates: ['b', 'e'], roadmap: 'item' });
    expect(state('b')).toEqual({ status: 'merged', totalVotes: 10, duplicates: ['a'], roadmap: 'item' });
    expect(state('a')).toEqual({ status: 'merged', totalVotes: 1, duplicates: [], roadmap: 'item' });
    expect(life.feedback.get('a')?.explanation).toEqual({ status: 'merged', into: 'b', canonical: 'c' });
    // Merged requests count once, through their canonical request.
    expect(life.roadmap.get('item')).toMatchObject({ requests: ['c'], votes: 1111 });
  });

  it('in a loop are reported once per member, and a request leading into the loop is not a member', () => {
    const life = deriveLifecycle(
      corpus({ feedback: [dup('x', 'y', 1), dup('y', 'z', 1), dup('z', 'y', 1), feedback('open', { votes: 5 })] }),
    );
    expect(life.problems.map((problem) => [problem.code, problem.file, problem.message])).toEqual([
      ['duplicate-loop', 'content/feedback/y.md', 'duplicates form a loop: y → z → y'],
      ['duplicate-loop', 'content/feedback/z.md', 'duplicates form a loop: z → y → z'],
    ]);
    // Nothing in or behind the loop has a request to follow, and no votes move.
    expect(life.feedback.get('x')?.explanation).toEqual({ status: 'merged', into: 'y', canonical: 'y' });
    for (const id of ['x', 'y', 'z']) expect(life.feedback.get(id)?.totalVotes).toBe(1);
    expect(life.feedback.get('y')?.duplicates).toEqual([]);
    expect(life.feedback.get('open')?.totalVotes).toBe(5);
  });

  it('pointing at a request that does not exist resolve to nothing and move no votes', () => {
    const life = deriveLifecycle(corpus({ feedback: [dup('d', 'missing', 3), dup('e', 'd', 4)] }));
    expect(life.feedback.get('d')).toMatchObject({ status: 'merged', totalVotes: 3, duplicates: [] });
    expect(life.feedback.get('e')).toMatchObject({ status: 'merged', totalVotes: 4 });
  });

  it('of a request a release ships are answered by that release, ordered by votes then id', () => {
    const life = deriveLifecycle(
      corpus({
        feedback: [
          feedback('low', { votes: 1, roadmap: 'item' }),
          feedback('high', { votes: 2, roadmap: 'item' }),
          dup('high-dup', 'low', 5),
          feedback('tie-b', { votes: 3, roadmap: 'item' }),
          feedback('tie-a', { votes: 3 }),
        ],
        roadmap: [roadmap('item', { status: 'now' })],
        changelog: [release('r', { ships: ['item', 'ghost'], closes: ['tie-a'] })],
      }),
    );
    expect(life.roadmap.get('item')?.requests).toEqual(['low', 'tie-b', 'high']);
    expect(life.releases.get('r')).toEqual({ id: 'r', ships: ['item'], closes: ['tie-a'], answers: ['low', 'tie-a', 'tie-b', 'high'] });
  });
});
