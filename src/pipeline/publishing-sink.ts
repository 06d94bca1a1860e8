// The graph sink ingest and replay write to: the internal store first, then publication of the
// same graphs into the public store, so that everything ingested is public at once.
import type { GraphSink } from './ingest.ts';
import type { GraphChange } from './projector.ts';
import type { PublishReport, Publisher } from './publish.ts';

export class PublishingSink implements GraphSink {
  constructor(
    private readonly internal: GraphSink,
    private readonly publisher: Publisher,
  ) {}

  /**
   * The internal store loads in its worker while this thread redacts and checks the same graphs;
   * the public store then loads in its own worker. Both must succeed for the batch to count.
   */
  async replaceGraphs(changes: Iterable<GraphChange>): Promise<PublishReport> {
    const list = [...changes];
    const internal = this.internal.replaceGraphs(list);
    internal.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
    const report = await this.publisher.publish(list);
    await internal;
    return report;
  }

  async clear(): Promise<void> {
    await this.internal.clear();
    await this.publisher.clear();
  }
}
