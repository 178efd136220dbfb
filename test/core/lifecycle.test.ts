import { describe, expect, it } from 'vitest';
import { deriveLifecycle } from '../../src/core/lifecycle/derive.ts';
import { compareVersions } from '../../src/core/lifecycle/order.ts';
import { checkConsistency } from '../../src/core/validate/consistency.ts';
import { corpus, feedback, release, roadmap } from '../helpers/corpus.ts';

const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code);

describe('roadmap items', () => {
  it('take their written status until a release ships them', () => {
    const life = deriveLifecycle(corpus({ roadmap: [roadmap('a', { status: 'next' }), roadmap('b', { status: 'paused' })] }));
    expect(life.roadmap.get('a')?.status).toBe('next');
    expect(life.roadmap.get('b')?.status).toBe('paused');
    expect(life.problems).toEqual([]);
  });

  it('are shipped by the earliest release that names them, whatever the written status', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('a', { status: 'now' }), roadmap('b')],
        changelog: [
          release('late', { date: '2026-05-01', version: '2.0', ships: ['a'] }),
          release('early', { date: '2026-04-01', version: '1.9', ships: ['a', 'b'] }),
        ],
      }),
    );
    expect(life.roadmap.get('a')).toMatchObject({
      status: 'shipped',
      shipped: { release: 'early', version: '1.9', date: '2026-04-01' },
    });
    expect(life.roadmap.get('b')?.status).toBe('shipped');
    expect(life.releases.get('early')?.ships).toEqual(['a', 'b']);
    expect(life.releases.get('late')?.ships).toEqual([]);
    expect(life.problems).toEqual([]);
  });

  it('break ties between releases of the same day by version, then id', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('a')],
        changelog: [
          release('z', { date: '2026-04-01', version: '1.10', ships: ['a'] }),
          release('y', { date: '2026-04-01', version: '1.9', ships: ['a'] }),
        ],
      }),
    );
    expect(life.roadmap.get('a')?.shipped?.version).toBe('1.9');
    expect(life.releaseOrder).toEqual(['y', 'z']);
    // Same day and same version: the id decides, so the order does not depend on the order files are read.
    for (const ids of [
      ['b', 'a', 'c'],
      ['c', 'a', 'b'],
    ]) {
      const tied = deriveLifecycle(
        corpus({ roadmap: [roadmap('a')], changelog: ids.map((id) => release(id, { date: '2026-04-01', version: '2.0', ships: ['a'] })) }),
      );
      expect(tied.releaseOrder).toEqual(['a', 'b', 'c']);
      expect(tied.roadmap.get('a')?.shipped?.release).toBe('a');
    }
  });

  it('report `status: shipped` without a release, naming the fix', () => {
    const life = deriveLifecycle(corpus({ roadmap: [roadmap('a', { status: 'shipped' })] }));
    expect(codes(life.problems)).toEqual(['shipped-without-release']);
    expect(life.problems[0]?.file).toBe('content/roadmap/a.md');
    expect(life.problems[0]?.hint).toContain('`ships`');
  });

  it('report an item with no status that no release ships', () => {
    const life = deriveLifecycle(corpus({ roadmap: [roadmap('a')] }));
    expect(codes(life.problems)).toEqual(['missing-field']);
  });

  it('report a cancelled item that a release ships, naming both files', () => {
    const life = deriveLifecycle(corpus({ roadmap: [roadmap('a', { status: 'cancelled' })], changelog: [release('r', { ships: ['a'] })] }));
    expect(codes(life.problems)).toEqual(['cancelled-but-shipped']);
    expect(life.problems[0]?.hint).toContain('content/changelog/r.md');
  });

  it('give a cancelled item the note of its last update as the reason', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [
          roadmap('a', {
            status: 'cancelled',
            updates: [
              { date: '2026-01-01', status: 'next', note: 'Planned.' },
              { date: '2026-02-01', status: 'cancelled', note: 'Not worth the risk.' },
            ],
          }),
        ],
      }),
    );
    expect(life.roadmap.get('a')?.reason).toBe('Not worth the risk.');
  });
});

describe('requests', () => {
  const items = [
    roadmap('later-item', { status: 'later' }),
    roadmap('next-item', { status: 'next' }),
    roadmap('paused-item', { status: 'paused' }),
    roadmap('now-item', { status: 'now' }),
    roadmap('shipped-item'),
    roadmap('cancelled-item', { status: 'cancelled', updates: [{ date: '2026-01-01', note: 'Too costly.' }] }),
  ];
  const ships = release('r1', { version: '1.1', date: '2026-03-02', ships: ['shipped-item'], closes: ['direct'] });

  // Derived inside each test, not while collecting, so mutation testing knows which tests exercise which code.
  const life = () =>
    deriveLifecycle(
      corpus({
        roadmap: items,
        changelog: [ships],
        feedback: [
          feedback('on-later', { roadmap: 'later-item' }),
          feedback('on-next', { roadmap: 'next-item' }),
          feedback('on-paused', { roadmap: 'paused-item' }),
          feedback('on-now', { roadmap: 'now-item' }),
          feedback('on-shipped', { roadmap: 'shipped-item' }),
          feedback('on-cancelled', { roadmap: 'cancelled-item' }),
          feedback('direct'),
          feedback('plain'),
          feedback('reviewing', { status: 'under-review' }),
          feedback('no-thanks', { status: 'declined', reason: 'Out of scope.' }),
          feedback('copy', { status: 'duplicate', duplicateOf: 'on-shipped' }),
        ],
      }),
    );
  const explanation = (id: string) => life().feedback.get(id)?.explanation;

  it('are planned while their item is later, next or paused', () => {
    expect(explanation('on-later')).toEqual({ status: 'planned', roadmap: 'later-item', roadmapStatus: 'later' });
    expect(explanation('on-next')).toEqual({ status: 'planned', roadmap: 'next-item', roadmapStatus: 'next' });
    expect(explanation('on-paused')).toEqual({ status: 'planned', roadmap: 'paused-item', roadmapStatus: 'paused' });
  });

  it('are in progress while their item is now', () => {
    expect(explanation('on-now')).toEqual({ status: 'in-progress', roadmap: 'now-item' });
  });

  it('ship with their item, in the release that shipped it', () => {
    expect(explanation('on-shipped')).toEqual({
      status: 'shipped',
      roadmap: 'shipped-item',
      shipment: { release: 'r1', version: '1.1', date: '2026-03-02' },
    });
  });

  it('are declined with the cancelled item’s last note as the reason', () => {
    expect(explanation('on-cancelled')).toEqual({ status: 'declined', roadmap: 'cancelled-item', reason: 'Too costly.' });
  });

  it('ship when a release closes them directly', () => {
    expect(explanation('direct')).toEqual({ status: 'shipped', shipment: { release: 'r1', version: '1.1', date: '2026-03-02' } });
    expect(life().releases.get('r1')?.closes).toEqual(['direct']);
  });

  it('keep their own status otherwise, open by default', () => {
    expect(explanation('plain')).toEqual({ status: 'open' });
    expect(explanation('reviewing')).toEqual({ status: 'under-review' });
    expect(explanation('no-thanks')).toEqual({ status: 'declined', reason: 'Out of scope.' });
  });

  it('are merged into the request they duplicate and follow where it ships', () => {
    expect(explanation('copy')).toEqual({ status: 'merged', into: 'on-shipped', canonical: 'on-shipped' });
    expect(life().feedback.get('copy')?.shipped?.version).toBe('1.1');
    expect(life().feedback.get('on-shipped')?.duplicates).toEqual(['copy']);
  });

  it('list everything a release answers', () => {
    expect(life().releases.get('r1')?.answers.sort()).toEqual(['direct', 'on-shipped']);
  });

  it('derive without contradictions: each item, request and release agrees with the others', () => {
    const derived = life();
    expect(derived.problems).toEqual([]);
    expect(Object.fromEntries([...derived.roadmap].map(([id, item]) => [id, [item.status, item.requests, item.shipped?.release]]))).toEqual(
      {
        'later-item': ['later', ['on-later'], undefined],
        'next-item': ['next', ['on-next'], undefined],
        'paused-item': ['paused', ['on-paused'], undefined],
        'now-item': ['now', ['on-now'], undefined],
        'shipped-item': ['shipped', ['on-shipped'], 'r1'],
        'cancelled-item': ['cancelled', ['on-cancelled'], undefined],
      },
    );
    expect(
      Object.fromEntries([...derived.feedback].map(([id, request]) => [id, [request.status, request.roadmap, request.shipped?.release]])),
    ).toEqual({
      'on-later': ['planned', 'later-item', undefined],
      'on-next': ['planned', 'next-item', undefined],
      'on-paused': ['planned', 'paused-item', undefined],
      'on-now': ['in-progress', 'now-item', undefined],
      'on-shipped': ['shipped', 'shipped-item', 'r1'],
      'on-cancelled': ['declined', 'cancelled-item', undefined],
      direct: ['shipped', undefined, 'r1'],
      plain: ['open', undefined, undefined],
      reviewing: ['under-review', undefined, undefined],
      'no-thanks': ['declined', undefined, undefined],
      copy: ['merged', 'shipped-item', 'r1'],
    });
    expect(derived.releases.get('r1')).toMatchObject({ ships: ['shipped-item'], closes: ['direct'] });
  });
});

describe('votes', () => {
  it('sum over linked requests and their duplicates, chains included', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('item', { status: 'next' })],
        feedback: [
          feedback('a', { roadmap: 'item', votes: 10 }),
          feedback('b', { roadmap: 'item', votes: 5 }),
          feedback('a-copy', { status: 'duplicate', duplicateOf: 'a', votes: 3 }),
          feedback('a-copy-copy', { status: 'duplicate', duplicateOf: 'a-copy', votes: 2 }),
          feedback('unrelated', { votes: 100 }),
        ],
      }),
    );
    expect(life.roadmap.get('item')?.votes).toBe(20);
    expect(life.roadmap.get('item')?.requests).toEqual(['a', 'b']);
    expect(life.feedback.get('a')?.totalVotes).toBe(15);
    expect(life.feedback.get('a-copy-copy')?.explanation).toEqual({ status: 'merged', into: 'a-copy', canonical: 'a' });
  });
});

describe('contradictions', () => {
  it('an explicit status that disagrees with the roadmap link, at the request’s status line', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('item', { status: 'next' })],
        feedback: [feedback('a', { roadmap: 'item', status: 'open' })],
      }),
    );
    expect(codes(life.problems)).toEqual(['status-contradiction']);
    expect(life.problems[0]).toMatchObject({ file: 'content/feedback/a.md', expected: 'planned', found: 'open' });
  });

  it('allows `declined` on a request whose item is cancelled', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('item', { status: 'cancelled' })],
        feedback: [feedback('a', { roadmap: 'item', status: 'declined', reason: 'Cancelled.' })],
      }),
    );
    expect(life.problems).toEqual([]);
  });

  it('an explicit status on a request that a release closes', () => {
    const life = deriveLifecycle(
      corpus({ feedback: [feedback('a', { status: 'under-review' })], changelog: [release('r', { closes: ['a'] })] }),
    );
    expect(codes(life.problems)).toEqual(['status-contradiction']);
    expect(life.problems[0]?.hint).toContain('content/changelog/r.md');
  });

  it('a request both linked to an item and closed by a release', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('item', { status: 'now' })],
        feedback: [feedback('a', { roadmap: 'item' })],
        changelog: [release('r', { closes: ['a'] })],
      }),
    );
    expect(codes(life.problems)).toEqual(['closed-and-linked']);
    expect(life.problems[0]?.file).toBe('content/changelog/r.md');
  });

  it('a duplicate with a roadmap link of its own, or closed by a release', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('item', { status: 'now' })],
        feedback: [feedback('a'), feedback('b', { status: 'duplicate', duplicateOf: 'a', roadmap: 'item' })],
        changelog: [release('r', { closes: ['b'] })],
      }),
    );
    expect(codes(life.problems).sort()).toEqual(['closes-duplicate', 'duplicate-with-roadmap']);
  });

  it('a request closed by two releases: the earliest counts, the later one is warned', () => {
    const life = deriveLifecycle(
      corpus({
        feedback: [feedback('a')],
        changelog: [release('first', { date: '2026-01-01', closes: ['a'] }), release('second', { date: '2026-02-01', closes: ['a'] })],
      }),
    );
    expect(life.feedback.get('a')?.shipped?.release).toBe('first');
    expect(life.problems.map((p) => [p.code, p.severity, p.file])).toEqual([['closed-twice', 'warning', 'content/changelog/second.md']]);
  });

  it('duplicates that point at themselves or loop', () => {
    const life = deriveLifecycle(
      corpus({
        feedback: [
          feedback('self', { status: 'duplicate', duplicateOf: 'self' }),
          feedback('x', { status: 'duplicate', duplicateOf: 'y' }),
          feedback('y', { status: 'duplicate', duplicateOf: 'z' }),
          feedback('z', { status: 'duplicate', duplicateOf: 'x' }),
          feedback('into-loop', { status: 'duplicate', duplicateOf: 'x' }),
        ],
      }),
    );
    expect(codes(life.problems).sort()).toEqual(['duplicate-loop', 'duplicate-loop', 'duplicate-loop', 'duplicate-of-self']);
    const loop = life.problems.find((p) => p.file === 'content/feedback/x.md');
    expect(loop?.message).toContain('x → y → z → x');
  });

  it('derivation survives dangling references (reported elsewhere)', () => {
    const life = deriveLifecycle(
      corpus({
        feedback: [feedback('a', { roadmap: 'missing' }), feedback('b', { status: 'duplicate', duplicateOf: 'missing' })],
        changelog: [release('r', { ships: ['gone'], closes: ['nobody'] })],
      }),
    );
    expect(life.feedback.get('a')?.status).toBe('open');
    expect(life.feedback.get('b')?.status).toBe('merged');
    expect(life.problems).toEqual([]);
  });
});

describe('warnings about dates', () => {
  it('flag a request, a release and an update dated after today, and nothing dated today', () => {
    const content = corpus({
      feedback: [feedback('later', { submitted: '2027-06-01' }), feedback('today', { submitted: '2026-12-01' })],
      roadmap: [roadmap('item', { status: 'next', updates: [{ date: '2027-01-02', note: 'Soon.' }] })],
      changelog: [release('ahead', { date: '2027-03-01' })],
    });
    const problems = checkConsistency(content, deriveLifecycle(content), { today: '2026-12-01' });
    expect(problems.map((problem) => [problem.code, problem.severity, problem.message])).toEqual([
      ['future-date', 'warning', 'update 1 is dated 2027-01-02, in the future'],
      ['future-date', 'warning', 'request is dated 2027-06-01, in the future'],
      ['future-date', 'warning', 'release is dated 2027-03-01, in the future'],
    ]);
  });
});

describe('versions', () => {
  it('warn on a second release with a version already used, at the later one', () => {
    const content = corpus({
      changelog: [
        release('again', { date: '2026-05-01', version: '3.10.0' }),
        release('first', { date: '2026-04-01', version: '3.10.0' }),
        release('other', { version: '3.11.0' }),
      ],
    });
    const problems = checkConsistency(content, deriveLifecycle(content), { today: '2026-12-01' });
    expect(problems).toMatchObject([
      { code: 'duplicate-version', severity: 'warning', message: 'version 3.10.0 is already the version of first' },
    ]);
  });
});

describe('version labels', () => {
  const sign = (a: string | undefined, b: string | undefined) => Math.sign(compareVersions(a, b));

  it('compare number by number, a missing part or a missing version first', () => {
    expect(sign('2.10', '2.9')).toBe(1);
    expect(sign('2.9', '2.10')).toBe(-1);
    expect(sign('1.2', '1.2')).toBe(0);
    expect(sign('1.2', '1.2.0')).toBe(-1);
    expect(sign('1.2.0', '1.2')).toBe(1);
    expect(sign(undefined, '0.1')).toBe(-1);
    expect(sign('0.1', undefined)).toBe(1);
    expect(sign(undefined, undefined)).toBe(0);
  });

  it('ignore a leading v, and split at dots, hyphens and plus signs', () => {
    expect(sign('v2.0', '1.9')).toBe(1);
    expect(sign('V1.9', 'v2.0')).toBe(-1);
    expect(sign('v1.0', '1.0')).toBe(0);
    expect(sign('1.0-2', '1.0-10')).toBe(-1);
    expect(sign('1.0+2', '1.0+10')).toBe(-1);
    // A `v` inside a label is part of it, not a prefix.
    expect(sign('1.0-v2', '1.0-3')).toBe(1);
  });

  it('compare parts that are not numbers as text', () => {
    expect(sign('2.0-beta', '2.0-alpha')).toBe(1);
    expect(sign('2.0-alpha', '2.0-beta')).toBe(-1);
    expect(sign('2.0-rc', '2.0-2')).toBe(1);
  });
});

describe('contradictions between entries', () => {
  it('are reported with the files to change, the values they name and the fix', () => {
    const life = deriveLifecycle(
      corpus({
        roadmap: [roadmap('gone', { status: 'cancelled' }), roadmap('item', { status: 'next' })],
        feedback: [
          feedback('main'),
          feedback('copy', { status: 'duplicate', duplicateOf: 'main', roadmap: 'item' }),
          feedback('linked', { roadmap: 'item' }),
          feedback('wrong', { roadmap: 'item', status: 'declined', reason: 'No.' }),
          feedback('closed-wrong', { status: 'under-review' }),
          feedback('twice'),
        ],
        changelog: [
          release('r1', { date: '2026-01-01', ships: ['gone'], closes: ['twice', 'copy', 'linked', 'closed-wrong'] }),
          release('r2', { date: '2026-02-01', closes: ['twice'] }),
        ],
      }),
    );
    expect(life.problems).toEqual([
      {
        severity: 'warning',
        code: 'closed-twice',
        file: 'content/changelog/r2.md',
        message: 'request "twice" is already closed by the earlier release content/changelog/r1.md',
        hint: 'remove "twice" from `closes` here; the earliest release is the one customers see',
      },
      {
        severity: 'error',
        code: 'cancelled-but-shipped',
        file: 'content/roadmap/gone.md',
        message: 'item is cancelled, but release content/changelog/r1.md ships it',
        hint: 'change `status` here, or remove "gone" from `ships` in content/changelog/r1.md',
      },
      {
        severity: 'error',
        code: 'closed-and-linked',
        file: 'content/changelog/r1.md',
        message: 'request "linked" is linked to roadmap item "item", so it ships with that item, not through `closes`',
        hint: 'remove "linked" from `closes` and add "item" to `ships`, or remove `roadmap` from content/feedback/linked.md',
      },
      {
        severity: 'error',
        code: 'status-contradiction',
        file: 'content/feedback/wrong.md',
        message: '`status: declined` contradicts the derived status: it is linked to roadmap item "item", which makes it planned',
        expected: 'planned',
        found: 'declined',
        hint: 'remove `status`, or remove the `roadmap` link',
      },
      {
        severity: 'error',
        code: 'status-contradiction',
        file: 'content/feedback/closed-wrong.md',
        message: '`status: under-review` contradicts the derived status: release content/changelog/r1.md closes it, which makes it shipped',
        expected: 'shipped',
        found: 'under-review',
        hint: 'remove `status` here, or remove "closed-wrong" from `closes` in content/changelog/r1.md',
      },
      {
        severity: 'error',
        code: 'duplicate-with-roadmap',
        file: 'content/feedback/copy.md',
        message: 'a duplicate follows the request it duplicates and cannot link a roadmap item of its own',
        hint: 'remove `roadmap` here, and link "item" from main if it answers it',
      },
      {
        severity: 'error',
        code: 'closes-duplicate',
        file: 'content/changelog/r1.md',
        message: 'request "copy" is a duplicate; a release closes the request it was merged into',
        hint: 'list "main" in `closes` instead',
      },
    ]);
    // What customers see despite the mistakes: the release wins, the earliest release closes, a duplicate follows its request.
    expect(life.roadmap.get('gone')).toMatchObject({ status: 'shipped', shipped: { release: 'r1' } });
    expect(life.releases.get('r1')?.closes).toEqual(['twice', 'copy', 'linked', 'closed-wrong']);
    expect(life.releases.get('r2')?.closes).toEqual([]);
    expect(life.feedback.get('copy')?.explanation).toEqual({ status: 'merged', into: 'main', canonical: 'main' });
    expect(life.feedback.get('wrong')?.status).toBe('planned');
  });
});

describe('orderings', () => {
  it('list requests and answers by total votes, then id, and duplicates by id, whatever order the files come in', () => {
    const requests = [
      feedback('z-dup', { status: 'duplicate', duplicateOf: 'a', votes: 4 }),
      feedback('m-dup', { status: 'duplicate', duplicateOf: 'a', votes: 6 }),
      feedback('d', { roadmap: 'item', votes: 1 }),
      feedback('c', { roadmap: 'item', votes: 5 }),
      feedback('b', { roadmap: 'item', votes: 5 }),
      feedback('a', { roadmap: 'item', votes: 1 }),
      feedback('e', { votes: 7 }),
    ];
    for (const feedbackInOrder of [requests, [...requests].reverse()]) {
      const life = deriveLifecycle(
        corpus({
          roadmap: [roadmap('item')],
          feedback: feedbackInOrder,
          changelog: [release('r1', { ships: ['item'], closes: ['e'] })],
        }),
      );
      expect(life.roadmap.get('item')).toMatchObject({ requests: ['a', 'b', 'c', 'd'], votes: 22 });
      expect(life.feedback.get('a')).toMatchObject({ duplicates: ['m-dup', 'z-dup'], totalVotes: 11, votes: 1 });
      expect(life.feedback.get('m-dup')).toMatchObject({ status: 'merged', roadmap: 'item', shipped: { release: 'r1' }, totalVotes: 6 });
      expect(life.releases.get('r1')?.answers).toEqual(['a', 'e', 'b', 'c', 'd']);
      expect(life.problems).toEqual([]);
    }
  });
});

describe('an item’s written status', () => {
  it('is reported in full when shipped by hand or missing, and the item shows as now or later meanwhile', () => {
    const life = deriveLifecycle(corpus({ roadmap: [roadmap('hand', { status: 'shipped' }), roadmap('none')] }));
    expect(life.problems).toEqual([
      {
        severity: 'error',
        code: 'shipped-without-release',
        file: 'content/roadmap/hand.md',
        message: 'item says `status: shipped`, but no release ships it',
        expected: 'a changelog entry that lists this item in `ships`',
        hint: 'add "hand" to `ships` in the changelog entry of the release (npm run new -- changelog "…" --ships hand), or set the status to now, next, later, paused or cancelled',
      },
      {
        severity: 'error',
        code: 'missing-field',
        file: 'content/roadmap/none.md',
        message: 'missing required field `status`',
        expected: 'one of later, next, now, paused, cancelled (only a shipped item has none)',
        found: 'nothing',
      },
    ]);
    expect(life.roadmap.get('hand')?.status).toBe('now');
    expect(life.roadmap.get('none')?.status).toBe('later');
  });

  it('gives a reason only to a cancelled item: the note of its last update', () => {
    const updates = [
      { date: '2026-01-01', note: 'First.' },
      { date: '2026-02-01', note: 'Last.' },
    ];
    const life = deriveLifecycle(
      corpus({ roadmap: [roadmap('stopped', { status: 'cancelled', updates }), roadmap('going', { status: 'next', updates })] }),
    );
    expect(life.roadmap.get('stopped')?.reason).toBe('Last.');
    expect(life.roadmap.get('going')?.reason).toBeUndefined();
  });
});
