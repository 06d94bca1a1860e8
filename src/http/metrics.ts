// Prometheus metrics of one app instance (its own registry, so test apps do not share counters).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ReplicaStats } from './deps.ts';

export interface MetricSources {
  /** Read replicas per store: ready/total, queue length, restarts. */
  readonly replicaStats: () => Readonly<Record<string, ReplicaStats | undefined>>;
  /** Quads per store, read when /metrics is scraped. */
  readonly storeSizes: () => Promise<Readonly<Record<string, number>>>;
  readonly lastPublishedAt: () => Date | undefined;
}

/** Latency buckets in seconds, the same for requests and queries so the two can be compared. */
const SECONDS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly latency: Histogram<'method' | 'route'>;
  readonly queryDuration: Histogram<'form' | 'graph'>;
  readonly timeouts: Counter<'graph'>;
  readonly rejected: Counter<'reason'>;
  readonly leakAlarms: Counter;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'plaza_' });
    this.requests = new Counter({
      name: 'plaza_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'plaza_http_request_duration_seconds',
      help: 'HTTP request latency (until the response is ready)',
      labelNames: ['method', 'route'],
      buckets: SECONDS,
      registers,
    });
    this.queryDuration = new Histogram({
      name: 'plaza_sparql_query_duration_seconds',
      help: 'SPARQL query evaluation time by query form and graph',
      labelNames: ['form', 'graph'],
      buckets: SECONDS,
      registers,
    });
    this.timeouts = new Counter({
      name: 'plaza_sparql_timeouts_total',
      help: 'SPARQL queries stopped at the time limit',
      labelNames: ['graph'],
      registers,
    });
    this.rejected = new Counter({
      name: 'plaza_sparql_rejected_total',
      help: 'SPARQL requests refused before evaluation, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.leakAlarms = new Counter({
      name: 'plaza_leak_alarms_total',
      help: 'Responses withheld because the leak alarm fired',
      registers,
    });
    // Gauges read from the live system at scrape time.
    new Gauge({
      name: 'plaza_store_quads',
      help: 'Quads in each store',
      labelNames: ['store'],
      registers,
      async collect() {
        const sizes = await sources.storeSizes();
        for (const [store, quads] of Object.entries(sizes)) this.set({ store }, quads);
      },
    });
    const replicaGauge = (
      name: string,
      help: string,
      read: (s: ReplicaStats) => number,
    ): Gauge<'store'> =>
      new Gauge({
        name,
        help,
        labelNames: ['store'],
        registers,
        collect() {
          for (const [store, stats] of Object.entries(sources.replicaStats()))
            if (stats) this.set({ store }, read(stats));
        },
      });
    replicaGauge('plaza_query_replicas', 'Read replicas per store', (s) => s.replicas);
    replicaGauge('plaza_query_replicas_ready', 'Read replicas answering', (s) => s.replicasReady);
    replicaGauge('plaza_query_queue_length', 'Queries waiting for a replica', (s) => s.queued);
    replicaGauge('plaza_query_replica_restarts', 'Replicas rebuilt so far', (s) => s.restarts);
    replicaGauge('plaza_query_refused', 'Queries refused: no replica free', (s) => s.unavailable);
    new Gauge({
      name: 'plaza_last_publish_timestamp_seconds',
      help: 'When the public graph was last written (Unix time)',
      registers,
      collect() {
        const at = sources.lastPublishedAt();
        if (at) this.set(at.getTime() / 1000);
      },
    });
  }
}
