// The plaza commands: each opens the runtime it needs, does one thing, and returns an exit code.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { SourceKind } from '../../mappings/types.ts';
import type { Config } from '../config/config.ts';
import { generateExports } from '../generate/index.ts';
import { ingestExitCode, ingestFiles } from '../pipeline/ingest-files.ts';
import { formatByName, formatsFor } from '../serialize/formats.ts';
import { analyseQuery } from '../serialize/query-form.ts';
import { validateGraph, formatValidation } from '../pipeline/validate.ts';
import { formatIngestSummary, ingestSummaryJson } from './report.ts';
import { ingestProgress } from './progress.ts';
import { openRuntime, type Runtime } from './runtime.ts';
import { renderTable } from './table.ts';

const out = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};
const err = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

async function withRuntime<T>(
  config: Config,
  run: (rt: Runtime) => Promise<T>,
  fromScratch = false,
): Promise<T> {
  const rt = await openRuntime(config, { fromScratch });
  try {
    return await run(rt);
  } finally {
    await rt.close();
  }
}

async function ingestInto(
  rt: Runtime,
  paths: string[],
  source: SourceKind | undefined,
  json: boolean,
): Promise<number> {
  const progress = ingestProgress();
  const deps = { log: rt.log, store: rt.store, projector: rt.projector, clock: () => new Date() };
  const summary = await ingestFiles(paths, deps, {
    source,
    onProgress: progress.onProgress,
  }).finally(() => progress.stop());
  await rt.checkpoint();
  if (json) out(ingestSummaryJson(summary));
  else err(formatIngestSummary(summary));
  return ingestExitCode(summary);
}

export async function ingestCommand(
  config: Config,
  paths: string[],
  opts: { source?: SourceKind; json?: boolean },
): Promise<number> {
  return withRuntime(config, (rt) => ingestInto(rt, paths, opts.source, opts.json === true));
}

export async function startCommand(config: Config, dataDir: string): Promise<number> {
  return withRuntime(config, async (rt) => {
    if (rt.log.lastSeq === 0) {
      if (!existsSync(dataDir)) {
        err(`plaza: the record log is empty and ${dataDir} does not exist`);
        return 1;
      }
      err(`record log empty: building the graph from ${dataDir}/`);
      const code = await ingestInto(rt, [dataDir], undefined, false);
      if (code === 1) return 1;
    }
    err(
      `internal graph: ${await rt.store.size()} quads from ${rt.log.lastSeq} log entries (${config.dataDir})`,
    );
    err('serving arrives with the SPARQL endpoint (issue 5); use `plaza query` meanwhile');
    return 0;
  });
}

export async function rebuildCommand(config: Config): Promise<number> {
  return withRuntime(
    config,
    async (rt) => {
      await rt.checkpoint();
      err(
        `rebuilt ${await rt.store.size()} quads from ${rt.log.lastSeq} log entries; snapshot written`,
      );
      return 0;
    },
    true,
  );
}

export async function validateCommand(config: Config, opts: { json?: boolean }): Promise<number> {
  return withRuntime(config, async (rt) => {
    const report = await validateGraph(rt.store, config.baseIri);
    if (opts.json) out(JSON.stringify(report, null, 2));
    else out(formatValidation(report));
    return report.conforms ? 0 : 1;
  });
}

export async function queryCommand(
  config: Config,
  file: string,
  opts: { format?: string; graph: 'internal' | 'public' },
): Promise<number> {
  if (opts.graph === 'public') {
    err(
      'plaza: the public graph does not exist yet (it arrives with publication and masking, issue 4); use --graph internal',
    );
    return 1;
  }
  const sparql = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const { form } = analyseQuery(sparql, config.baseIri);
  const allowed = formatsFor(form);
  const tty = process.stdout.isTTY === true;
  const format = opts.format === undefined ? undefined : formatByName(opts.format);
  if (opts.format !== undefined && (!format || !allowed.includes(format))) {
    err(
      `plaza: --format ${opts.format} does not apply to ${form}; use one of ${allowed.map((f) => f.name).join(', ')}`,
    );
    return 1;
  }
  return withRuntime(config, async (rt) => {
    if (!format && tty && (form === 'SELECT' || form === 'ASK')) {
      out(renderTable(await rt.store.query(sparql, { format: 'json' })));
      return 0;
    }
    const chosen = format ?? formatByName(form === 'SELECT' || form === 'ASK' ? 'json' : 'ttl');
    out(await rt.store.query(sparql, { format: chosen?.name ?? 'json' }));
    return 0;
  });
}

export async function generateCommand(opts: {
  records: number;
  out: string;
  seed: number;
}): Promise<number> {
  const result = await generateExports({
    records: opts.records,
    outDir: opts.out,
    seed: opts.seed,
  });
  err(
    `wrote ${result.files.length} files to ${opts.out}: ${Object.entries(result.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
