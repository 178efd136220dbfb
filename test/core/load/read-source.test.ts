import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource, displayPath, MAX_FILE_BYTES, readSource } from '../../../src/core/load/read-source.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roadlog-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const read = (name: string, content: string | Uint8Array) => readSource(file(name, content), `content/feedback/${name}`);

describe('reading a content file', () => {
  it('drops a byte-order mark and turns CRLF and CR line endings into LF', () => {
    expect(read('bom.md', '\uFEFF---\r\ntitle: A\r\n---\rBody\n')).toEqual({ ok: true, text: '---\ntitle: A\n---\nBody\n' });
    expect(read('plain.md', 'a\nb')).toEqual({ ok: true, text: 'a\nb' });
    expect(read('inner-bom.md', 'a\uFEFFb')).toEqual({ ok: true, text: 'a\uFEFFb' });
    expect(read('empty.md', '')).toEqual({ ok: true, text: '' });
  });

  it('keeps a file of exactly 1 MiB, and refuses one a byte over, with its exact size', () => {
    expect(read('limit.md', 'a'.repeat(MAX_FILE_BYTES))).toEqual({ ok: true, text: 'a'.repeat(MAX_FILE_BYTES) });
    const over = read('over.md', 'a'.repeat(MAX_FILE_BYTES + 1));
    expect(over).toEqual({
      ok: false,
      problem: {
        severity: 'error',
        code: 'file-too-large',
        file: 'content/feedback/over.md',
        message: 'file is 1.00 MiB (1,048,577 bytes); content files are limited to 1 MiB',
        expected: 'at most 1 MiB',
        found: '1.00 MiB (1,048,577 bytes)',
        hint: 'move long material elsewhere and link to it',
      },
    });
  });

  it('counts bytes, not characters: a file of multi-byte characters over 1 MiB is refused', () => {
    const result = read('wide.md', '€'.repeat(400_000));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.found).toBe('1.14 MiB (1,200,000 bytes)');
    expect(read('narrow.md', '€'.repeat(349_000)).ok).toBe(true);
  });

  it('points at the first byte that is not UTF-8, by line and column', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: é\n'), Buffer.from([0x61, 0x62, 0xe9, 0x20]), Buffer.from('\n')]);
    expect(read('latin1.md', bytes)).toEqual({
      ok: false,
      problem: {
        severity: 'error',
        code: 'not-utf8',
        file: 'content/feedback/latin1.md',
        line: 3,
        column: 3,
        message: 'file is not valid UTF-8 text',
        found: 'byte 0xe9',
        hint: 'save the file as UTF-8 (most editors offer "Save with encoding")',
      },
    });
  });

  it('keeps a written U+FFFD, which is valid text', () => {
    expect(read('replacement.md', 'a \uFFFD b')).toEqual({ ok: true, text: 'a \uFFFD b' });
  });

  it('says why a path cannot be read', () => {
    mkdirSync(join(dir, 'folder.md'));
    expect(readSource(join(dir, 'folder.md'), 'content/feedback/folder.md')).toEqual({
      ok: false,
      problem: {
        severity: 'error',
        code: 'unreadable-file',
        file: 'content/feedback/folder.md',
        message: 'file cannot be read (EISDIR)',
        hint: 'check that it is a regular file',
      },
    });
    const missing = readSource(join(dir, 'missing.md'), 'content/feedback/missing.md');
    expect(!missing.ok && missing.problem.message).toBe('file cannot be read (ENOENT)');
  });
});

describe('decoding bytes', () => {
  const decode = (bytes: number[]) => decodeSource(Uint8Array.from(bytes), 'x.md');
  const at = (bytes: number[]) => {
    const result = decode(bytes);
    if (result.ok) throw new Error('decoded');
    return [result.problem.line, result.problem.column, result.problem.found];
  };

  it('decodes UTF-8 of every length, normalized as files are', () => {
    expect(decode([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])).toEqual({
      ok: true,
      text: 'A\né€😀',
    });
    const slice = Buffer.from('xxabc').subarray(2);
    expect(decodeSource(slice, 'x.md')).toEqual({ ok: true, text: 'abc' });
  });

  it('points at a bad byte after characters of every length, counting lines from 1 and columns in characters', () => {
    expect(at([0x80])).toEqual([1, 1, 'byte 0x80']);
    expect(at([0x41, 0x0a, 0x0a, 0x42, 0xff])).toEqual([3, 2, 'byte 0xff']);
    expect(at([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc0, 0x80])).toEqual([1, 4, 'byte 0xc0']);
    expect(at([0x41, 0xc1, 0x81])).toEqual([1, 2, 'byte 0xc1']);
    expect(at([0x41, 0xf5, 0x80, 0x80, 0x80])).toEqual([1, 2, 'byte 0xf5']);
    expect(at([0x41, 0x0a, 0x41, 0x41, 0x0a, 0xe2, 0x82])).toEqual([3, 1, 'byte 0xe2']);
    expect(at([0xe2, 0x41, 0x41])).toEqual([1, 1, 'byte 0xe2']);
    expect(at([0xe2, 0x82, 0x41])).toEqual([1, 1, 'byte 0xe2']);
    expect(at([0xf0, 0x9f, 0x98, 0x41])).toEqual([1, 1, 'byte 0xf0']);
    expect(at([0xc3])).toEqual([1, 1, 'byte 0xc3']);
    expect(at([0xdf, 0xbf, 0xe0, 0x80, 0x80])).toEqual([1, 2, 'byte 0xe0']);
    expect(at([0xed, 0xa0, 0x80])).toEqual([1, 1, 'byte 0xed']);
    expect(at([0xf4, 0x90, 0x80, 0x80])).toEqual([1, 1, 'byte 0xf4']);
  });
});

describe('display paths', () => {
  it('join a folder and a name with a slash, and leave the project root out', () => {
    expect(displayPath('content', 'site.yaml')).toBe('content/site.yaml');
    expect(displayPath('.', 'site.yaml')).toBe('site.yaml');
    expect(displayPath('', 'site.yaml')).toBe('site.yaml');
  });
});

describe('sizes in messages', () => {
  it('are in MiB, with the exact count', () => {
    const tooLarge = (bytes: number) => {
      const result = read(`size-${bytes}.md`, 'a'.repeat(bytes));
      return result.ok ? 'ok' : result.problem.found;
    };
    expect(tooLarge(MAX_FILE_BYTES + 1024 * 1024)).toBe('2.00 MiB (2,097,152 bytes)');
  });
});
