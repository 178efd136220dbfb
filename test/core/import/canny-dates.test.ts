import { describe, expect, it } from 'vitest';
import { parseCannyCsv } from '../../../src/core/import/canny.ts';
import { parseDay } from '../../../src/core/import/dates.ts';

describe('days in exports', () => {
  it('are read from ISO days and timestamps, converted to their UTC day', () => {
    expect(parseDay('2026-03-04')).toBe('2026-03-04');
    expect(parseDay('2026-03-04 10:00')).toBe('2026-03-04');
    expect(parseDay('2026-03-04T23:30:00Z')).toBe('2026-03-04');
    expect(parseDay('2026-03-04T23:30:00-05:00')).toBe('2026-03-05');
    expect(parseDay('2026-03-04T01:30:00+05:00')).toBe('2026-03-03');
    expect(parseDay('2026-03-04Tnoon')).toBe('2026-03-04');
    expect(parseDay('2026-03-04T25:99')).toBe('2026-03-04');
  });

  it('are read from US month/day/year, with a time or a comma after', () => {
    expect(parseDay('3/4/2026')).toBe('2026-03-04');
    expect(parseDay('12/31/2026, 10:00')).toBe('2026-12-31');
    expect(parseDay('03/04/2026 10:00')).toBe('2026-03-04');
  });

  it('are refused when they do not exist, or are written otherwise', () => {
    for (const value of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-01',
      '2/30/2026',
      '13/1/2026',
      '2026-03-04x',
      '3/4/2026x',
      '4 March 2026',
      '',
      'x2026-03-04',
      '20260304',
    ]) {
      expect(parseDay(value), value).toBeUndefined();
    }
  });

  it('keep years before 100 as written, not in the 1900s', () => {
    expect(parseDay('0026-05-01')).toBe('0026-05-01');
    expect(parseDay('5/1/0026')).toBe('0026-05-01');
  });
});

describe('a Canny export', () => {
  const csv = (rows: string[]) => parseCannyCsv(rows.join('\n'));

  it('says what is wrong with the whole file', () => {
    expect(csv([''])).toEqual({ ok: false, message: 'the file is empty' });
    expect(csv(['Name,Details', 'A,B'])).toEqual({
      ok: false,
      message: 'the CSV has no url column (its columns: Name, Details); export posts from Canny with their URL',
    });
    expect(csv(['Votes', '1'])).toEqual({
      ok: false,
      message: 'the CSV has no title or url column (its columns: Votes); export posts from Canny with their URL',
    });
    const broken = csv(['title,url', '"unclosed,https://x']);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^the file is not valid CSV: /);
  });

  it('reads each post, with its labels, status and an id for the file name', () => {
    const parsed = csv([
      '\uFEFFPost ID,Post Title,Details,Vote Count,Post URL,Created At,Status,Board Name,Category,Tags',
      'AbC-123,Export to CSV,"Line one\r\nLine two",1 204,https://acme.canny.io/p/csv,2026-03-04T10:00:00Z,Under_Review,Features,Exports,"a, b ,"',
      ',Dark mode,,,https://acme.canny.io/p/dark,3/4/2026,complete,,,',
      'x,Closed one,,,https://acme.canny.io/p/closed,2026-03-04,Closed,,,',
      'y,Planned one,,,https://acme.canny.io/p/planned,2026-03-04,planned,,,',
      `${'z'.repeat(40)},Long id,,,https://acme.canny.io/p/long,2026-03-04,,,,`,
    ]);
    expect(parsed).toEqual({
      ok: true,
      records: [
        {
          ok: true,
          request: {
            source: 'https://acme.canny.io/p/csv',
            ref: 'row 2',
            title: 'Export to CSV',
            submitted: '2026-03-04',
            votes: 1204,
            labels: ['Features', 'Exports', 'a', 'b'],
            body: 'Line one\nLine two',
            status: 'under-review',
            fallbackId: 'canny-abc123',
            skipNew: undefined,
          },
        },
        {
          ok: true,
          request: {
            source: 'https://acme.canny.io/p/dark',
            ref: 'row 3',
            title: 'Dark mode',
            submitted: '2026-03-04',
            votes: 0,
            labels: [],
            body: '',
            status: undefined,
            fallbackId: 'canny-3',
            skipNew: 'it is complete in Canny',
          },
        },
        expect.objectContaining({ request: expect.objectContaining({ ref: 'row 4', skipNew: 'it is closed in Canny' }) }),
        expect.objectContaining({ request: expect.objectContaining({ ref: 'row 5', skipNew: undefined, status: undefined }) }),
        expect.objectContaining({ request: expect.objectContaining({ fallbackId: `canny-${'z'.repeat(24)}` }) }),
      ],
    });
  });

  it('skips a post it cannot use, saying why', () => {
    const parsed = csv([
      'title,url,created,votes,status',
      ',https://x.io/p/1,2026-01-01,1,',
      'No URL,,2026-01-01,1,',
      'Bad URL,ftp://x.io/p,2026-01-01,1,',
      'Spaced URL,https://x.io/p q,2026-01-01,1,',
      'Bad date,https://x.io/p/2,someday,1,',
      'Bad votes,https://x.io/p/3,2026-01-01,-4,',
      'Words,https://x.io/p/4,2026-01-01,many,',
      'Completed,https://x.io/p/5,2026-01-01,"2,000",Completed',
    ]);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(
      parsed.records.map((record) =>
        record.ok ? [record.request.ref, record.request.votes, record.request.skipNew] : [record.ref, record.title, record.reason],
      ),
    ).toEqual([
      ['row 2', undefined, 'it has no title'],
      ['row 3', 'No URL', 'it has no post URL'],
      ['row 4', 'Bad URL', 'it has no post URL'],
      ['row 5', 'Spaced URL', 'it has no post URL'],
      ['row 6', 'Bad date', 'its date "someday" cannot be read'],
      ['row 7', 'Bad votes', 'its votes "-4" are not a number'],
      ['row 8', 'Words', 'its votes "many" are not a number'],
      ['row 9', 2000, 'it is complete in Canny'],
    ]);
  });
});
