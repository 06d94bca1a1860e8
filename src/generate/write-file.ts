// The generate layer's only I/O: streams text pieces into a file, honouring back-pressure.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';

const FLUSH_AT = 1 << 16;

/** Writes the pieces to `path` (creating directories), buffering ~64 KiB at a time. */
export async function writeTextFile(path: string, pieces: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path, { encoding: 'utf8' });
  try {
    let buffer = '';
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= FLUSH_AT) {
        const accepted = stream.write(buffer);
        buffer = '';
        if (!accepted) await once(stream, 'drain');
      }
    }
    stream.end(buffer);
    await finished(stream);
  } catch (error) {
    stream.destroy();
    throw error;
  }
}
