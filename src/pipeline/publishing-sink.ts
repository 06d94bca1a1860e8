// The graph sink ingest and replay write to: the internal store first, then publication of the
// same graphs into the public store, so that everything ingested is public at once.
import type { GraphSink } from './ingest.ts';
import type { GraphChange } from './projector.ts';
import type { Publisher } from './publish.ts';

export class PublishingSink implements GraphSink {
  constructor(
    private readonly internal: GraphSink,
    private readonly publisher: Publisher,
  ) {}

  async replaceGraphs(changes: Iterable<GraphChange>): Promise<unknown> {
    const list = [...changes];
    await this.internal.replaceGraphs(list);
    return this.publisher.publish(list);
  }

  async clear(): Promise<void> {
    await this.internal.clear();
    await this.publisher.clear();
  }
}
