import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { error, type Problem } from '../problems.ts';

export const MAX_FILE_BYTES = 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as text: refuses files over 1 MiB and bytes that are
 * not UTF-8 (pointing at the first bad byte), drops a byte-order mark and
 * turns CRLF line endings into LF so positions count the same everywhere.
 */
export function readSource(absolutePath: string, displayPath: string): SourceResult {
  // One native call per file, the fastest read Node has (an open, stat, read and close
  // from JavaScript cost half of it again at 10,000 files); checks follow on the text.
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ERR_STRING_TOO_LONG') return tooLarge(statSync(absolutePath).size, displayPath);
    return {
      ok: false,
      problem: error({
        code: 'unreadable-file',
        file: displayPath,
        message: `file cannot be read${code ? ` (${code})` : ''}`,
        hint: code === 'EACCES' ? 'give your user permission to read it' : 'check that it is a regular file',
      }),
    };
  }
  // A string has at most as many units as the file has bytes, and at least a third as many.
  if (text.length * 3 > MAX_FILE_BYTES) {
    const size = statSync(absolutePath).size;
    if (size > MAX_FILE_BYTES) return tooLarge(size, displayPath);
  }
  // Bytes that are not UTF-8 were read as U+FFFD: read them again to point at the first one.
  if (text.includes('\uFFFD')) return decodeSource(readFileSync(absolutePath), displayPath);
  return { ok: true, text: normalize(text) };
}

function tooLarge(size: number, displayPath: string): SourceResult {
  return {
    ok: false,
    problem: error({
      code: 'file-too-large',
      file: displayPath,
      message: `file is ${formatBytes(size)}; content files are limited to 1 MiB`,
      expected: 'at most 1 MiB',
      found: formatBytes(size),
      hint: 'move long material elsewhere and link to it',
    }),
  };
}

/** Without a byte-order mark, and with LF line endings. */
function normalize(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

export function decodeSource(bytes: Uint8Array, displayPath: string): SourceResult {
  // The native check is several times faster than a fatal decode.
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: error({
        code: 'not-utf8',
        file: displayPath,
        line: at.line,
        column: at.column,
        message: 'file is not valid UTF-8 text',
        found: `byte 0x${at.byte.toString(16).padStart(2, '0')}`,
        hint: 'save the file as UTF-8 (most editors offer "Save with encoding")',
      }),
    };
  }
  return { ok: true, text: normalize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) };
}

/** Locates the first byte sequence that is not UTF-8, as a line and column. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (valid && length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        valid = false;
      }
    }
    if (!valid) return { line, column, byte: b };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  return { line, column, byte: 0 };
}

function formatBytes(bytes: number): string {
  // Only sizes over the limit are reported; with the exact count, as a file just over it must not read as "1.00 MiB" alone.
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes.toLocaleString('en-US')} bytes)`;
}

/** A path for messages: relative to the project root, forward slashes, no leading "./". */
export function displayPath(folder: string, name: string): string {
  return folder === '.' || folder === '' ? name : `${folder}/${name}`;
}
