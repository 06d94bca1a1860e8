// What the HTTP layer is given: stores, the policy pieces, limits and observers. Built by the CLI
// (the only place real dependencies are constructed); tests build it from real stores too.
import type { Logger } from 'pino';
import type { GraphWrite, WriteReport } from '../../mappings/graph-store.ts';
import type { LeakKind } from '../policy/leak-scanner.ts';
import type { Principal } from '../policy/roles.ts';
import type { Lang } from '../search/kinds.ts';
import type { SearchAnswer, SearchQuery } from '../search/search-index.ts';
import type { QueryPoolStats } from '../store/query-pool.ts';
import type { Store } from '../store/store.ts';
import type { ExampleQuery } from './query-catalogue.ts';

/** Records an official's access to the internal graph before it proceeds (the audit log). */
export interface AccessAudit {
  record(event: {
    readonly who: string;
    readonly role: string;
    readonly action: string;
    readonly target: string;
    readonly detail: string;
  }): Promise<void>;
}

/** A store's read replicas, as the query pool counts them. */
export type ReplicaStats = QueryPoolStats;

export interface HttpLimits {
  /** A query running longer is stopped and answered 503. */
  readonly queryTimeoutMs: number;
  /** SELECT answers are cut at this many rows, flagged in a header. */
  readonly maxRows: number;
  /** Request bodies above this size get 413. */
  readonly maxBodyBytes: number;
  /** Requests per minute per client address; more get 429 with Retry-After. */
  readonly rateLimitPerMinute: number;
}

/**
 * The publisher's writes to publisher graphs: each is appended to the record log (durable before
 * it answers), projected into the internal graph and re-published through redactor and gate.
 */
export interface PublisherWrites {
  /** Whether a publisher graph exists (holds triples). */
  exists(graph: string): boolean;
  write(changes: readonly GraphWrite[], who: Principal): Promise<WriteReport>;
  /** Runs an update over exactly `graphs` (every graph it reads or writes) and writes them back. */
  update(sparql: string, graphs: readonly string[], who: Principal): Promise<WriteReport>;
}

/** One complete, leak-checked dump of the public graph (gzipped N-Quads on disk). */
export interface PublicDumpFile {
  readonly path: string;
  readonly etag: string;
  /** When the data in it was published. */
  readonly lastModified: Date;
  readonly size: number;
  /** The file's inode: the route checks it opened this build's file and not a newer one. */
  readonly ino: number;
}

/** The dump of the public graph, rebuilt after each publish off the request path. */
export interface PublicDumps {
  /** The last complete dump; undefined before the first build and after a leak alarm. */
  current(): PublicDumpFile | undefined;
  status(): 'ready' | 'building' | 'withheld';
  /** Resolves once no rebuild is pending or running (so tests wait on it rather than sleep). */
  whenIdle(): Promise<void>;
}

/** The search index over the public graph (src/search/live-index.ts), kept in step with publishes. */
export interface SearchService {
  /** Resolves once the index has taken in every publish so far (false when `timeoutMs` ran out). */
  settled(timeoutMs: number): Promise<boolean>;
  search(query: SearchQuery): SearchAnswer;
  /** A unit's or concept's label (facet labels). */
  label(iri: string, lang: Lang): string | undefined;
}

export interface AppDeps {
  readonly baseIri: string;
  /** The public graph: every anonymous request reads this and nothing else. */
  readonly publicStore: Store;
  /** The internal graph: officials only, each access audited. */
  readonly internalStore: Store;
  readonly authenticate: (token: string | undefined) => Principal | undefined;
  readonly audit: AccessAudit;
  readonly writes: PublisherWrites;
  /** The leak alarm: every public response body passes it on its way out. */
  readonly scanBody: (body: string) => LeakKind | undefined;
  readonly limits: HttpLimits;
  /** The example queries of queries/, offered by the query UI and listed at /queries. */
  readonly examples: readonly ExampleQuery[];
  /** Changes whenever the public graph does (ETags key on it). */
  readonly dataVersion: () => string;
  /** Read replicas per store (absent without them): for /healthz and /metrics. */
  readonly replicaStats: () => Readonly<Record<string, ReplicaStats | undefined>>;
  /** When the public graph was last written. */
  readonly lastPublishedAt: () => Date | undefined;
  /**
   * Called after every write to the public graph with the graphs that changed ('all' after a
   * rebuild); returns the unsubscribe function. Search, dumps and feeds keep in step through it.
   */
  readonly onPublished: (
    listener: (change: {
      readonly version: number;
      readonly graphs: readonly string[] | 'all';
      readonly at: Date;
    }) => void,
  ) => () => void;
  /** The public graph as a gzipped N-Quads download (`/dumps/public.nq.gz`). */
  readonly dumps: PublicDumps;
  /** Full-text search, built only from `publicStore`. */
  readonly search: SearchService;
  readonly logger: Logger;
}
