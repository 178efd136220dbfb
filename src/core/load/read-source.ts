import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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
  // One open file for the size check and the read: a separate stat per file costs
  // more than the parsing at 10,000 files.
  const fd = openSync(absolutePath, 'r');
  try {
    return readOpenSource(fd, displayPath);
  } finally {
    closeSync(fd);
  }
}

function readOpenSource(fd: number, displayPath: string): SourceResult {
  const size = fstatSync(fd).size;
  if (size > MAX_FILE_BYTES) {
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
  const bytes = new Uint8Array(size);
  let read = 0;
  while (read < size) {
    const count = readSync(fd, bytes, read, size - read, null);
    if (count === 0) break;
    read += count;
  }
  return decodeSource(read === size ? bytes : bytes.subarray(0, read), displayPath);
}

export function decodeSource(bytes: Uint8Array, displayPath: string): SourceResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
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
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { ok: true, text };
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
  // With the exact count: a file just over the limit must not read as "1.0 MiB".
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes.toLocaleString('en-US')} bytes)`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/** A path for messages: relative to the project root, forward slashes, no leading "./". */
export function displayPath(folder: string, name: string): string {
  return folder === '.' || folder === '' ? name : `${folder}/${name}`;
}
