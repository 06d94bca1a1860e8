// Throughput check (not a test): OxigraphStore.replaceGraphs against a raw oxigraph load of the
// same N-Triples, 100k graphs × 30 triples by default. Each variant runs in its own process, so
// every one starts from fresh WASM memory.
//   npx tsx bench/store-load.ts [--graphs 100000] [--warm]
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataFactory } from 'n3';
import * as oxigraph from 'oxigraph';
import { loadSnapshot, writeSnapshot } from '../src/log/snapshot.ts';
import { OxigraphStore } from '../src/store/oxigraph-store.ts';

const TRIPLES = 30;
const VARIANTS = ['raw', 'replace', 'replace-again', 'snapshot-write', 'snapshot-load'] as const;
type Variant = (typeof VARIANTS)[number];
interface Measured {
  readonly seconds: number;
  readonly quads: number;
}

const { values } = parseArgs({
  options: {
    graphs: { type: 'string', default: '100000' },
    variant: { type: 'string' },
    dir: { type: 'string' },
    warm: { type: 'boolean', default: false },
  },
});
const graphs = Number(values.graphs);

/** One record's graph: the shape a mapping emits (IRIs, Korean text, typed values). */
function recordText(i: number): string {
  const s = `<https://city.example/id/document/D${i}>`;
  let text = '';
  for (let t = 0; t < TRIPLES; t++) {
    const p = `<https://w3id.org/plaza/def#p${t}>`;
    if (t % 3 === 0) text += `${s} ${p} "결재 문서 ${i} 항목 ${t} 의 제목"@ko .\n`;
    else if (t % 3 === 1) {
      text += `${s} ${p} "${i + t}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n`;
    } else text += `${s} ${p} <https://city.example/id/org/${(i * 7 + t) % 500}> .\n`;
  }
  return text;
}

const graphOf = (i: number) => DataFactory.namedNode(`https://city.example/graph/document/D${i}`);

function bufferChunks(texts: readonly string[]): Buffer[] {
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let length = 0;
  for (const text of texts) {
    parts.push(text);
    length += text.length;
    if (length >= 1 << 20) {
      chunks.push(Buffer.from(parts.join('')));
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) chunks.push(Buffer.from(parts.join('')));
  return chunks;
}

/** Grows the WASM memory once at a small JS heap; later loads then skip the growth GCs. */
function warmUp(texts: readonly string[]): void {
  const scratch = new oxigraph.Store();
  scratch.load(bufferChunks(texts), { format: 'nt' });
  (scratch as unknown as { free(): void }).free();
}

async function measure(variant: Variant, dir: string): Promise<Measured> {
  const seconds = (t0: number): number => (performance.now() - t0) / 1000;
  if (variant === 'snapshot-load') {
    // A restart: nothing else in the heap, the snapshot written by the previous variant.
    const store = new OxigraphStore();
    const t0 = performance.now();
    await loadSnapshot(dir, store);
    return { seconds: seconds(t0), quads: await store.size() };
  }
  const texts = Array.from({ length: graphs }, (_, i) => recordText(i));
  const entries = texts.map((nquads, i) => ({ graph: graphOf(i), nquads }));
  if (values.warm) warmUp(texts);
  if (variant === 'raw') {
    const store = new oxigraph.Store();
    const t0 = performance.now();
    store.load(bufferChunks(texts), { format: 'nt' }); // chunking counted: replaceGraphs gets text too
    return { seconds: seconds(t0), quads: store.size };
  }
  const store = new OxigraphStore();
  let t0 = performance.now();
  await store.replaceGraphs(entries);
  if (variant === 'replace') return { seconds: seconds(t0), quads: await store.size() };
  t0 = performance.now();
  if (variant === 'replace-again') await store.replaceGraphs(entries);
  else await writeSnapshot(dir, store, 1);
  return { seconds: seconds(t0), quads: await store.size() };
}

if (values.variant) {
  console.log(JSON.stringify(await measure(values.variant as Variant, values.dir ?? '')));
} else {
  const self = fileURLToPath(import.meta.url);
  const dir = await mkdtemp(join(tmpdir(), 'plaza-bench-'));
  const results = new Map<Variant, Measured>();
  try {
    for (const variant of VARIANTS) {
      const args = ['--import', 'tsx', self, '--graphs', String(graphs), '--variant', variant];
      const run = spawnSync(
        process.execPath,
        [...args, '--dir', dir, ...(values.warm ? ['--warm'] : [])],
        {
          encoding: 'utf8',
        },
      );
      if (run.status !== 0) throw new Error(`${variant} failed:\n${run.stderr}`);
      const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Measured;
      results.set(variant, result);
      const rate = (n: number): string => Math.round(n / result.seconds).toLocaleString('en');
      console.log(
        `${variant.padEnd(14)} ${result.seconds.toFixed(2).padStart(7)} s  ${rate(graphs).padStart(9)} graphs/s  ${rate(result.quads).padStart(11)} quads/s  ${result.quads} quads`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const raw = results.get('raw')?.seconds ?? NaN;
  for (const variant of ['replace', 'replace-again'] as const) {
    const ratio = raw / (results.get(variant)?.seconds ?? NaN);
    console.log(`${variant} / raw load throughput: ${ratio.toFixed(2)}× (target ≥ 0.8×)`);
  }
}
