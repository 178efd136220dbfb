import { describe, expect, it } from 'vitest';
import { MAX_IMPORTED_BODY_BYTES, prepareImportedBody } from '../../../src/core/import/body.ts';
import { MAX_FILE_BYTES } from '../../../src/core/load/read-source.ts';

describe('an imported body', () => {
  it('is kept as it is when it would pass validation', () => {
    const body = 'Please add CSV export.\n\n![chart](https://example.com/chart.png)\n';
    expect(prepareImportedBody(body, 'https://github.com/acme/app/issues/1')).toEqual({ body, notes: [] });
    expect(prepareImportedBody('', undefined)).toEqual({ body: '', notes: [] });
  });

  it('keeps [[…]] references as code, with a longer fence when they hold a backtick', () => {
    expect(prepareImportedBody('See [[feedback:csv]] and\nalso [[Wiki:Page]] and [[roadmap:a`b]], not [[Wiki page]].')).toEqual({
      body: 'See `[[feedback:csv]]` and\nalso `[[Wiki:Page]]` and `` [[roadmap:a`b]] ``, not [[Wiki page]].',
      notes: ['3 [[…]] references kept as code'],
    });
    expect(prepareImportedBody('Only [[feedback:one]].').notes).toEqual(['1 [[…]] reference kept as code']);
  });

  it('points images of files beside the original at the address they were written against', () => {
    expect(prepareImportedBody('Look: ![shot](shot.png) and ![two](./img/two.png)\n', 'https://example.com/forum/t/1')).toEqual({
      body: 'Look: ![shot](https://example.com/forum/t/shot.png) and ![two](https://example.com/forum/t/img/two.png)\n',
      notes: ['2 images of files beside the original now point at https://example.com/forum/t/1'],
    });
  });

  it('turns them into links when there is no web address to point at', () => {
    expect(prepareImportedBody('![shot](shot.png)', 'row 7')).toEqual({
      body: '\\![shot](shot.png)',
      notes: ['1 image of files beside the original left as links'],
    });
    expect(prepareImportedBody('A ![a](a.png) B ![b](b.png)').body).toBe('A \\![a](a.png) B \\![b](b.png)');
  });

  it('leaves images in code alone', () => {
    const body = 'Code: `![x](x.png)`\n\n```\n![y](y.png)\n```\n';
    expect(prepareImportedBody(body)).toEqual({ body, notes: [] });
  });

  it('cuts a body over the size limit at a line break, and says where to read the rest', () => {
    const line = `${'a'.repeat(99)}\n`;
    const body = line.repeat(Math.ceil(MAX_FILE_BYTES / line.length));
    const { body: cut, notes } = prepareImportedBody(body, 'https://example.com/t/1');
    expect(notes).toEqual(['body cut at the 1 MiB limit']);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(MAX_IMPORTED_BODY_BYTES);
    expect(
      cut.endsWith(
        `${'a'.repeat(99)}\n\n(The rest of this text was cut: it was over the 1 MiB limit. Read it in full at https://example.com/t/1.)\n`,
      ),
    ).toBe(true);
    const kept = cut.slice(0, cut.indexOf('\n\n(The rest'));
    expect(kept.length % 100).toBe(99);
    expect(Buffer.byteLength(kept)).toBeGreaterThan(MAX_IMPORTED_BODY_BYTES - 1024 - 100);
    expect(Buffer.byteLength(kept)).toBeLessThanOrEqual(MAX_IMPORTED_BODY_BYTES - 1024);
    expect(prepareImportedBody(body).body.endsWith('it was over the 1 MiB limit.)\n')).toBe(true);
  });

  it('cuts anywhere when there is no line break, never inside a character', () => {
    const body = 'é'.repeat(MAX_IMPORTED_BODY_BYTES);
    const { body: cut } = prepareImportedBody(body);
    const kept = cut.slice(0, cut.indexOf('\n\n(The rest'));
    expect(kept).toBe('é'.repeat((MAX_IMPORTED_BODY_BYTES - 1024) / 2));
    const odd = `x${body}`;
    const keptOdd = prepareImportedBody(odd).body;
    expect(keptOdd.slice(0, keptOdd.indexOf('\n\n(The rest'))).toBe(`x${'é'.repeat((MAX_IMPORTED_BODY_BYTES - 1024) / 2 - 1)}`);
    expect(prepareImportedBody(body).body).not.toContain('\uFFFD');
  });

  it('is not cut at exactly the limit', () => {
    const body = 'a'.repeat(MAX_IMPORTED_BODY_BYTES);
    expect(prepareImportedBody(body)).toEqual({ body, notes: [] });
    expect(MAX_IMPORTED_BODY_BYTES).toBe(MAX_FILE_BYTES - 16 * 1024);
  });
});
