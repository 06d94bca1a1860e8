// Finds and cuts a torn last line: bytes after the final newline, left by a crash mid-append.
// Such a line belongs to an append that never returned (it returns only after fsync), so no
// acknowledged entry is lost by cutting it.
import type { FileHandle } from 'node:fs/promises';

const BLOCK = 64 * 1024;

export interface TornTail {
  /** Byte offset where the torn line started (the log's length after the cut). */
  readonly offset: number;
  readonly bytes: number;
}

/** Offset just past the last newline at or before `size`, or 0 when there is none. */
async function endOfLastLine(handle: FileHandle, size: number): Promise<number> {
  const block = Buffer.alloc(BLOCK);
  for (let end = size; end > 0;) {
    const start = Math.max(0, end - BLOCK);
    const { bytesRead } = await handle.read(block, 0, end - start, start);
    const newline = block.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (newline !== -1) return start + newline + 1;
    end = start;
  }
  return 0;
}

/** Cuts a torn tail through `handle` (opened for writing) and fsyncs; undefined when intact. */
export async function cutTornTail(handle: FileHandle): Promise<TornTail | undefined> {
  const { size } = await handle.stat();
  if (size === 0) return undefined;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  if (last[0] === 0x0a) return undefined;
  const offset = await endOfLastLine(handle, size);
  await handle.truncate(offset);
  await handle.sync();
  return { offset, bytes: size - offset };
}
