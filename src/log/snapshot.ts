// Snapshots for fast restart: the store as N-Quads at a log position, sealed by a sha256 manifest.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir, writeFileAtomic } from './durable-file.ts';
import { LogError } from './log-error.ts';

/** What a snapshot needs from a store; the store adapters satisfy it structurally. */
export interface SnapshotStore {
  dumpStream(format: 'nq'): AsyncIterable<string>;
  loadFile(path: string, options: { readonly format: 'nq' }): Promise<void>;
  size(): Promise<number>;
  clear(): Promise<void>;
}

/** Written last, atomically: a snapshot without its manifest does not exist. */
export interface SnapshotManifest {
  readonly seq: number;
  /** The N-Quads file, relative to the snapshots directory. */
  readonly file: string;
  readonly quads: number;
  readonly createdAt: string;
  readonly sha256: string;
}

export interface SnapshotOptions {
  /** Which store this is a snapshot of (file prefix). Default 'internal'. */
  readonly name?: string;
  /** Default: now. */
  readonly createdAt?: Date;
}

export interface LoadSnapshotOptions {
  readonly name?: string;
  /** Told about each snapshot skipped as corrupt or unreadable, newest first. */
  readonly onRejected?: (file: string, reason: string) => void;
}

const KEEP = 2;
const snapshotsDir = (dataDir: string): string => join(dataDir, 'snapshots');

function countNewlines(buffer: Buffer): number {
  let count = 0;
  for (let at = buffer.indexOf(0x0a); at !== -1; at = buffer.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** Dumps `store` (whose content reflects log entries up to `lastSeq`) and keeps the newest two. */
export async function writeSnapshot(
  dataDir: string,
  store: SnapshotStore,
  lastSeq: number,
  options: SnapshotOptions = {},
): Promise<SnapshotManifest> {
  const name = options.name ?? 'internal';
  const dir = snapshotsDir(dataDir);
  await mkdir(dir, { recursive: true });
  const file = `${name}-${lastSeq}.nq`;
  const temp = join(dir, `${file}.tmp`);
  const hash = createHash('sha256');
  let quads = 0;
  const handle = await open(temp, 'w');
  try {
    for await (const piece of store.dumpStream('nq')) {
      const bytes = Buffer.from(piece);
      hash.update(bytes);
      quads += countNewlines(bytes);
      await handle.writeFile(bytes);
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw new LogError('SNAPSHOT_WRITE', `writing snapshot ${file} failed`, { file, cause: error });
  }
  await handle.close();
  await rename(temp, join(dir, file));
  await fsyncDir(dir);
  const manifest: SnapshotManifest = {
    seq: lastSeq,
    file,
    quads,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    sha256: hash.digest('hex'),
  };
  await writeFileAtomic(join(dir, `${name}-${lastSeq}.json`), `${JSON.stringify(manifest)}\n`);
  await prune(dir, name);
  return manifest;
}

/**
 * Loads the newest snapshot that verifies into an empty store and returns its seq (0 when there
 * is none): the caller replays the log entries after it. Corrupt snapshots are skipped.
 */
export async function loadSnapshot(
  dataDir: string,
  store: SnapshotStore,
  options: LoadSnapshotOptions = {},
): Promise<number> {
  if ((await store.size()) > 0) {
    throw new LogError('STORE_NOT_EMPTY', 'a snapshot loads only into an empty store');
  }
  const dir = snapshotsDir(dataDir);
  for (const { manifestFile } of await manifests(dir, options.name ?? 'internal')) {
    let touched = false;
    try {
      const manifest = parseManifest(await readFile(join(dir, manifestFile), 'utf8'));
      const path = join(dir, manifest.file);
      if ((await sha256File(path)) !== manifest.sha256) throw new Error('sha256 mismatch');
      touched = true;
      await store.loadFile(path, { format: 'nq' });
      const size = await store.size();
      if (size !== manifest.quads) {
        throw new Error(`loaded ${size} quads, its manifest says ${manifest.quads}`);
      }
      return manifest.seq;
    } catch (error) {
      if (touched) await store.clear(); // the next candidate starts from an empty store again
      options.onRejected?.(manifestFile, error instanceof Error ? error.message : String(error));
    }
  }
  return 0;
}

/** Manifests of one store, newest first. */
async function manifests(
  dir: string,
  name: string,
): Promise<{ manifestFile: string; seq: number }[]> {
  const pattern = new RegExp(`^${name.replace(/[^\w-]/g, '\\$&')}-(\\d+)\\.json$`);
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  return files
    .flatMap((f) => {
      const match = pattern.exec(f);
      return match ? [{ manifestFile: f, seq: Number(match[1]) }] : [];
    })
    .sort((a, b) => b.seq - a.seq);
}

function parseManifest(text: string): SnapshotManifest {
  const value = JSON.parse(text) as Partial<Record<keyof SnapshotManifest, unknown>>;
  const { seq, file, quads, createdAt, sha256 } = value;
  if (
    !Number.isSafeInteger(seq) ||
    !Number.isSafeInteger(quads) ||
    typeof file !== 'string' ||
    !/^[\w.-]+\.nq$/.test(file) || // a bare file name: a manifest never points elsewhere
    typeof createdAt !== 'string' ||
    typeof sha256 !== 'string'
  ) {
    throw new Error('malformed manifest');
  }
  return value as SnapshotManifest;
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Keeps the newest KEEP snapshots of `name`; drops older ones and leftovers of failed writes. */
async function prune(dir: string, name: string): Promise<void> {
  const kept = (await manifests(dir, name)).slice(0, KEEP).map((m) => `${name}-${m.seq}`);
  const ours = new RegExp(`^${name.replace(/[^\w-]/g, '\\$&')}-\\d+\\.(nq|json)(\\.tmp)?$`);
  for (const file of await readdir(dir)) {
    if (!ours.test(file) || kept.some((k) => file === `${k}.nq` || file === `${k}.json`)) continue;
    await rm(join(dir, file), { force: true });
  }
  await fsyncDir(dir);
}
