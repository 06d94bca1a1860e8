// Rejects files that are not UTF-8 (Korean exports are often EUC-KR/CP949) instead of mis-decoding.
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { SourceFileError } from './errors.ts';

const NEWLINE = 0x0a;
const HINT = 'is it EUC-KR/CP949? re-save it as UTF-8';

/**
 * The 1-based line (counted from `firstLine`) holding the first invalid UTF-8 sequence, if any.
 * Splitting at 0x0A is safe: that byte never occurs inside a UTF-8 or EUC-KR multi-byte character.
 */
export function firstInvalidUtf8Line(bytes: Uint8Array, firstLine = 1): number | undefined {
  let line = firstLine;
  let start = 0;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    if (newline === -1) return undefined;
    start = newline + 1;
    line++;
  }
  return undefined;
}

function notUtf8(path: string, line: number | undefined): SourceFileError {
  return new SourceFileError(path, `not valid UTF-8 at line ${line ?? '?'} (${HINT})`, { line });
}

/** Decodes a whole file strictly; a leading BOM is dropped. */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw notUtf8(path, firstInvalidUtf8Line(bytes));
  return new TextDecoder('utf-8').decode(bytes);
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/** A pass-through stream that fails with a SourceFileError at the first line that is not UTF-8. */
export function utf8Check(path: string): Transform {
  let pending: Buffer = Buffer.alloc(0);
  let linesBefore = 0;
  const check = (bytes: Buffer): SourceFileError | undefined => {
    if (isUtf8(bytes)) {
      linesBefore += countNewlines(bytes);
      return undefined;
    }
    return notUtf8(path, firstInvalidUtf8Line(bytes, linesBefore + 1));
  };
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      const lastNewline = chunk.lastIndexOf(NEWLINE);
      if (lastNewline === -1) {
        pending = Buffer.concat([pending, chunk]);
      } else {
        // Only whole lines are checked, so a character split across chunks is never mistaken.
        const error = check(Buffer.concat([pending, chunk.subarray(0, lastNewline + 1)]));
        if (error !== undefined) return done(error);
        pending = Buffer.from(chunk.subarray(lastNewline + 1));
      }
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      done(check(pending));
    },
  });
}
