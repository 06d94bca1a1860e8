// Throughput check (not a test): OxigraphStore.replaceGraphs against a raw oxigraph load of the
// same N-Triples, 100k graphs × 30 triples by default. Each variant runs in its own process.
//   npx tsx bench/store-load.ts [--graphs 100000] [--repeat 3] [--cold] [--only raw,replace]
//     [--per-entry]   one literal per record holds braces, so replaceGraphs takes its per-graph
//                     load path instead of the one-call TriG path
// The fastest of --repeat runs counts (the machines are shared and noisy).
// By default each process first grows the WASM memory once (load + free) while its JS heap is
// still small. --cold skips that: then V8 runs a full mark-compact of the whole JS heap at each
// WASM memory growth *inside* one long load() call, so one big raw load with the 100k texts in
// the heap becomes quadratic (20k graphs: 26 s cold vs 2.4 s warm; 100k: > 15 min). Per-graph
// loads return to JS between graphs and do not suffer (20k graphs: 5 s cold).
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
    cold: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '3' },
    only: { type: 'string' },
    'per-entry': { type: 'boolean', default: false },
  },
});
const graphs = Number(values.graphs);

/** One record's graph: the shape a mapping emits (IRIs, Korean text, typed values). */
function recordText(i: number): string {
  const s = `<https://city.example/id/document/D${i}>`;
  let text = '';
  for (let t = 0; t < TRIPLES; t++) {
    const p = `<https://w3id.org/plaza/def#p${t}>`;
    if (t === 0 && values['per-entry']) text += `${s} ${p} "결재 {문서} ${i}"@ko .\n`;
    else if (t % 3 === 0) text += `${s} ${p} "결재 문서 ${i} 항목 ${t} 의 제목"@ko .\n`;
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

/** Grows the WASM memory once, before the texts fill the JS heap (chunks made on the fly). */
function warmUp(): void {
  function* chunks(): Generator<Buffer> {
    for (let i = 0; i < graphs; i += 1000) {
      const texts = Array.from({ length: Math.min(1000, graphs - i) }, (_, k) => recordText(i + k));
      yield Buffer.from(texts.join(''));
    }
  }
  const scratch = new oxigraph.Store();
  scratch.load(chunks(), { format: 'nt' });
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
  if (!values.cold) warmUp();
  const texts = Array.from({ length: graphs }, (_, i) => recordText(i));
  const entries = texts.map((nquads, i) => ({ graph: graphOf(i), nquads }));
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

function runVariant(self: string, variant: Variant, dir: string): Measured {
  const args = [self, '--graphs', String(graphs), '--variant', variant, '--dir', dir];
  const run = spawnSync(
    process.execPath,
    [
      ...['--import', 'tsx', ...args],
      ...(values.cold ? ['--cold'] : []),
      ...(values['per-entry'] ? ['--per-entry'] : []),
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`${variant} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Measured;
}

function report(variant: string, { seconds, quads }: Measured): void {
  const rate = (n: number): string => Math.round(n / seconds).toLocaleString('en');
  console.log(
    `${variant.padEnd(14)} ${seconds.toFixed(2).padStart(7)} s ${rate(graphs).padStart(8)} graphs/s ${rate(quads).padStart(10)} quads/s  (${quads} quads)`,
  );
}

if (values.variant) {
  console.log(JSON.stringify(await measure(values.variant as Variant, values.dir ?? '')));
} else {
  const self = fileURLToPath(import.meta.url);
  const dir = await mkdtemp(join(tmpdir(), 'plaza-bench-'));
  const chosen = values.only?.split(',') ?? VARIANTS;
  const variants = VARIANTS.filter((v) => chosen.includes(v));
  const best = new Map<Variant, Measured>();
  try {
    // Rounds interleave the variants, so a noisy neighbour hurts them alike.
    for (let round = 1; round <= Number(values.repeat); round++) {
      console.log(`round ${round}`);
      for (const variant of variants) {
        const result = runVariant(self, variant, dir);
        report(variant, result);
        if (result.seconds < (best.get(variant)?.seconds ?? Infinity)) best.set(variant, result);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    `best of ${values.repeat}, ${graphs} graphs × ${TRIPLES} triples${values.cold ? ' (cold)' : ''}`,
  );
  for (const [variant, result] of best) report(variant, result);
  const raw = best.get('raw')?.seconds;
  for (const variant of ['replace', 'replace-again'] as const) {
    const own = best.get(variant)?.seconds;
    if (raw === undefined || own === undefined) continue;
    console.log(`${variant} / raw load throughput: ${(raw / own).toFixed(2)}× (target ≥ 0.8×)`);
  }
}
