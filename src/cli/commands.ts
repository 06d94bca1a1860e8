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
import { formatLinkReport, linkReport } from '../pipeline/link-report.ts';
import { AuditLog } from '../log/audit-log.ts';
import { auditPublicGraph } from '../pipeline/audit-public.ts';
import type { PublishReport } from '../pipeline/publish.ts';
import { mayReadInternal, PUBLIC, TokenRegistry } from '../policy/roles.ts';
import {
  formatGateAudit,
  formatIngestSummary,
  formatPublishReport,
  ingestSummaryJson,
} from './report.ts';
import { ingestProgress } from './progress.ts';
import { openRuntime, type Runtime, type RuntimeOptions } from './runtime.ts';
import { serveUntilSignalled } from './serve.ts';
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
  options: RuntimeOptions = {},
): Promise<T> {
  const rt = await openRuntime(config, options);
  const startup = rt.publisher.totals.blocked.length;
  if (startup > 0)
    err(
      `publication: ${startup} graphs blocked by the gate while loading (withdrawn from the public graph)`,
    );
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
  const deps = { log: rt.log, store: rt.sink, projector: rt.projector, clock: rt.clock };
  const before = snapshotOf(rt.publisher.totals);
  const summary = await ingestFiles(paths, deps, {
    source,
    onProgress: progress.onProgress,
  }).finally(() => progress.stop());
  await rt.checkpoint();
  const published = since(before, rt.publisher.totals);
  if (json) out(ingestSummaryJson(summary, published));
  else err(`${formatIngestSummary(summary)}\n${formatPublishReport(published)}`);
  const code = ingestExitCode(summary);
  // Blocked graphs were ingested but not published: the rest went through.
  return code === 0 && published.blocked.length > 0 ? 2 : code;
}

function snapshotOf(r: PublishReport): PublishReport {
  return { ...r, blocked: [...r.blocked] };
}

/** What was published between two readings of the running totals. */
function since(before: PublishReport, now: PublishReport): PublishReport {
  return {
    published: now.published - before.published,
    deleted: now.deleted - before.deleted,
    withheld: now.withheld - before.withheld,
    released: now.released - before.released,
    redactions: now.redactions - before.redactions,
    blocked: now.blocked.slice(before.blocked.length),
  };
}

export async function releaseCommand(config: Config): Promise<number> {
  return withRuntime(config, async (rt) => {
    // Opening the runtime already applied what was due; this run catches anything left.
    const report = await rt.release();
    await rt.checkpoint();
    err(formatPublishReport(report));
    return report.blocked.length > 0 ? 2 : 0;
  });
}

export async function ingestCommand(
  config: Config,
  paths: string[],
  opts: { source?: SourceKind; json?: boolean },
): Promise<number> {
  return withRuntime(config, (rt) => ingestInto(rt, paths, opts.source, opts.json === true));
}

/** A runtime whose queries run on read replicas, where one past its deadline can be terminated. */
function withServingRuntime<T>(config: Config, run: (rt: Runtime) => Promise<T>): Promise<T> {
  return withRuntime(config, run, { queryWorkers: config.queryWorkers });
}

export async function startCommand(config: Config, dataDir: string): Promise<number> {
  // A first start builds from data/ without read replicas (each would apply the whole build
  // again), writes a snapshot, and then opens the serving runtime from it.
  const built = await withRuntime(config, async (rt) => {
    if (rt.log.lastSeq > 0) return 0;
    if (!existsSync(dataDir)) {
      err(`plaza: the record log is empty and ${dataDir} does not exist`);
      return 1;
    }
    err(`record log empty: building the graph from ${dataDir}/`);
    // ingestInto writes the snapshot the serving runtime then loads.
    return (await ingestInto(rt, [dataDir], undefined, false)) === 1 ? 1 : 0;
  });
  if (built === 1) return 1;
  return withServingRuntime(config, async (rt) => {
    err(
      `internal graph: ${await rt.store.size()} quads from ${rt.log.lastSeq} log entries; public graph: ${await rt.publicStore.size()} quads (${config.dataDir})`,
    );
    return serveUntilSignalled(rt, config);
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
    { fromScratch: true },
  );
}

export async function validateCommand(config: Config, opts: { json?: boolean }): Promise<number> {
  return withRuntime(config, async (rt) => {
    const report = await validateGraph(rt.store, config.baseIri);
    // The public graph: the same record shapes (stubs and placeholders included), and the
    // publication gate run again over everything it holds.
    const publicQuads = await rt.publicStore.match();
    const publicReport = await validateGraph(
      { match: () => Promise.resolve(publicQuads) },
      config.baseIri,
    );
    const gate = await auditPublicGraph(publicQuads, rt.gate, rt.iri, rt.clock());
    // The link report is part of validation; unlinked records do not fail it (they are reported).
    const links = await linkReport(rt.store);
    if (opts.json) {
      out(
        JSON.stringify(
          { internal: report, public: publicReport, publicationGate: gate, links },
          null,
          2,
        ),
      );
    } else {
      out(`internal graph: ${formatValidation(report)}`);
      out(`public graph: ${formatValidation(publicReport)}`);
      out(formatGateAudit(gate));
      out(formatLinkReport(links));
    }
    return report.conforms && publicReport.conforms && gate.violations.length === 0 ? 0 : 1;
  });
}

/** Per record kind, how many records reach a policy context, and why the others do not. */
export async function linksCommand(config: Config, opts: { json?: boolean }): Promise<number> {
  return withRuntime(config, async (rt) => {
    const report = await linkReport(rt.store);
    out(opts.json ? JSON.stringify(report, null, 2) : formatLinkReport(report));
    return 0;
  });
}

export async function queryCommand(
  config: Config,
  file: string,
  opts: { format?: string; graph: 'internal' | 'public' },
): Promise<number> {
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
  let principal = PUBLIC;
  if (opts.graph === 'internal') {
    const found = (await TokenRegistry.load(config.tokensFile)).authenticate(config.token);
    if (!found || !mayReadInternal(found)) {
      err(
        found
          ? 'plaza: the internal graph is for officials: set PLAZA_TOKEN to an official’s token from PLAZA_TOKENS_FILE'
          : 'plaza: PLAZA_TOKEN is not a token of PLAZA_TOKENS_FILE',
      );
      return 1;
    }
    principal = found;
  }
  return withRuntime(config, async (rt) => {
    if (opts.graph === 'internal') {
      // Written (and fsynced) before the query runs, under the data directory's lock.
      const audit = await AuditLog.open(config.dataDir);
      try {
        const { name: who, role } = principal;
        await audit.append(
          { who, role, action: 'query', target: 'internal', detail: sparql },
          rt.clock(),
        );
      } finally {
        await audit.close();
      }
    }
    const store = opts.graph === 'internal' ? rt.store : rt.publicStore;
    const chosen = format ?? formatByName(form === 'SELECT' || form === 'ASK' ? 'json' : 'ttl');
    const body = await store.query(sparql, { format: chosen?.name ?? 'json' });
    // The public graph's answers pass the leak alarm on their way out; an official's do not.
    if (opts.graph === 'public') {
      const leak = rt.scanner.scanBody(body);
      if (leak) {
        err(`plaza: leak alarm (${leak}): the result was withheld; report this to the operator`);
        return 1;
      }
    }
    if (!format && tty && (form === 'SELECT' || form === 'ASK')) out(renderTable(body));
    else out(body);
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
