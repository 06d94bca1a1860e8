// Test helpers for the readers: fixture paths, scratch files, and collecting what a reader yields.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { RawRecord, Reject } from '../../mappings/types.ts';
import { SourceFileError } from '../../mappings/read/errors.ts';
import { readExport, type ReadNotice, type ReadOptions } from '../../mappings/read/read-export.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** budget_list fixtures live apart: their names state year and phase, not a date range. */
export function budgetFixture(name: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'budget-fixtures', name);
}

export interface ReadResult {
  readonly records: RawRecord[];
  readonly rejects: Reject[];
  readonly notices: ReadNotice[];
}

export async function collect(
  items: AsyncIterable<{ type: 'record'; record: RawRecord } | { type: 'reject'; reject: Reject }>,
  notices: ReadNotice[] = [],
): Promise<ReadResult> {
  const records: RawRecord[] = [];
  const rejects: Reject[] = [];
  for await (const item of items) {
    if (item.type === 'record') records.push(item.record);
    else rejects.push(item.reject);
  }
  return { records, rejects, notices };
}

/** Reads one file with readExport, collecting its notices too. */
export async function readAll(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const notices: ReadNotice[] = [];
  return collect(readExport(path, { ...options, onNotice: (n) => notices.push(n) }), notices);
}

/** A scratch directory for files a test writes (one-off edge cases); removed after the suite. */
export function scratchDirectory(): (
  name: string,
  content: string | Uint8Array,
) => Promise<string> {
  let directory: Promise<string> | undefined;
  afterAll(async () => {
    if (directory !== undefined) await rm(await directory, { recursive: true, force: true });
  });
  return async (name, content) => {
    directory ??= mkdtemp(join(tmpdir(), 'plaza-read-'));
    const path = join(await directory, name);
    await writeFile(path, content);
    return path;
  };
}

/** The SourceFileError a read ends with (fails the test if the read succeeds). */
export async function readFailure(
  path: string,
  options: ReadOptions = {},
): Promise<SourceFileError> {
  try {
    await readAll(path, options);
  } catch (error) {
    if (error instanceof SourceFileError) return error;
    throw error;
  }
  throw new Error(`expected reading ${path} to fail`);
}
