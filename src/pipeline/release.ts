// Scheduled release and full re-publication. Which withholdings have ended is read from the
// public store (release dates are public); the records are re-published from the internal store.
// The day comes from an injected clock — never a NOW() filter over hidden data.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { CITY_UTC_OFFSET_MS, dayOf } from '../policy/disclosure-state.ts';
import type { Store } from '../store/store.ts';
import { PLAZA_NS } from '../vocab/namespaces.ts';
import { addInto, emptyPublishReport, type PublishReport, type Publisher } from './publish.ts';

export interface ReleaseDeps {
  readonly internal: Pick<Store, 'match' | 'dumpStream'>;
  readonly public: Pick<Store, 'query'>;
  readonly publisher: Publisher;
  readonly clock: () => Date;
}

/** Public graphs holding a decision whose release date has come but that is not marked released. */
export async function dueGraphs(
  publicStore: Pick<Store, 'query'>,
  day: string,
): Promise<RDF.NamedNode[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a day: ${day}`);
  const result = await publicStore.query(`
    PREFIX plaza: <${PLAZA_NS}>
    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
    SELECT DISTINCT ?g WHERE {
      GRAPH ?g {
        ?decision plaza:disclosureStatus ?status ; plaza:scheduledRelease ?release .
        FILTER NOT EXISTS { ?decision plaza:releasedOn ?on }
        FILTER (?release <= "${day}"^^xsd:date)
      }
    }`);
  if (result.type !== 'solutions') return [];
  return result.rows
    .map((row) => row.get('g'))
    .filter((g): g is RDF.NamedNode => g?.termType === 'NamedNode');
}

/** Re-publishes the records whose withholding has ended by today (the clock's day). */
export async function releaseDue(deps: ReleaseDeps, batchSize = 500): Promise<PublishReport> {
  const graphs = await dueGraphs(deps.public, dayOf(deps.clock()));
  return republish(deps, graphs, batchSize);
}

/**
 * Re-publishes every internal graph (a public store rebuilt from the internal one), streaming the
 * internal store's dump: its pieces hold whole graphs, so no graph is read twice or split.
 */
export async function republishAll(deps: ReleaseDeps, batchSize = 500): Promise<PublishReport> {
  await deps.publisher.clear();
  const total = emptyPublishReport();
  let batch = new Map<string, { graph: RDF.NamedNode; quads: RDF.Quad[] }>();
  // One batch in flight: the public store loads it in its worker while this thread parses and
  // redacts the next one.
  let inFlight: Promise<PublishReport> | undefined;
  const flush = async (): Promise<void> => {
    if (batch.size === 0) return;
    const publishing = deps.publisher.publish([...batch.values()]);
    publishing.catch(() => undefined); // awaited at the next flush
    batch = new Map();
    if (inFlight) addInto(total, await inFlight);
    inFlight = publishing;
  };
  for await (const piece of deps.internal.dumpStream('nq')) {
    for (const q of new Parser({ format: 'N-Quads' }).parse(piece)) {
      if (q.graph.termType !== 'NamedNode') continue; // the default graph is not published
      let entry = batch.get(q.graph.value);
      if (!entry) {
        if (batch.size >= batchSize) await flush();
        entry = { graph: q.graph, quads: [] };
        batch.set(q.graph.value, entry);
      }
      entry.quads.push(DataFactory.quad(q.subject, q.predicate, q.object));
    }
  }
  await flush();
  if (inFlight) addInto(total, await inFlight);
  return total;
}

async function republish(
  deps: ReleaseDeps,
  graphs: readonly RDF.NamedNode[],
  batchSize: number,
): Promise<PublishReport> {
  const total = emptyPublishReport();
  for (let i = 0; i < graphs.length; i += batchSize) {
    const changes = await Promise.all(
      graphs.slice(i, i + batchSize).map(async (graph) => {
        const quads = await deps.internal.match(null, null, null, graph);
        return quads.length === 0
          ? { graph, delete: true as const }
          : { graph, quads: quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)) };
      }),
    );
    addInto(total, await deps.publisher.publish(changes));
  }
  return total;
}

/**
 * Runs `releaseDue` once at start and then just after every midnight of the city's calendar
 * (release dates are days in KST). Timer and clock are injected so tests control time.
 */
export class ReleaseScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: ReleaseDeps,
    private readonly onReport: (report: PublishReport) => void,
    private readonly timers: {
      set: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
      clear: (t: ReturnType<typeof setTimeout>) => void;
    } = { set: (fn, ms) => setTimeout(fn, ms), clear: (t) => clearTimeout(t) },
  ) {}

  start(): void {
    this.tick();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) this.timers.clear(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    this.running = releaseDue(this.deps).then(this.onReport, () => undefined);
    const local = this.deps.clock().getTime() + CITY_UTC_OFFSET_MS;
    const nextMidnight = (Math.floor(local / 86_400_000) + 1) * 86_400_000;
    this.timer = this.timers.set(() => this.tick(), nextMidnight - local + 1000);
  }
}
