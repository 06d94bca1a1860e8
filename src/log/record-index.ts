// The log's in-memory view: the newest entry of each (kind, key), and the versions later entries replaced.
import type { CurrentEntry } from './log-entry.ts';

const identity = (kind: string, key: string): string => `${kind}\u0000${key}`;
const versionOf = (kind: string, key: string, hash: string, file: string): string =>
  `${identity(kind, key)}\u0000${hash}\u0000${file}`;

export class RecordIndex {
  private readonly newest = new Map<string, CurrentEntry>();
  /**
   * Versions a later entry replaced, by (kind, key, hash, file): re-ingesting an export that was
   * already ingested must not bring back what a newer export superseded (an I row after its U or
   * D row). The same content arriving in a different, newer file is applied as usual.
   */
  private readonly superseded = new Set<string>();

  get(kind: string, key: string): CurrentEntry | undefined {
    return this.newest.get(identity(kind, key));
  }

  isSuperseded(kind: string, key: string, hash: string, file: string): boolean {
    return this.superseded.has(versionOf(kind, key, hash, file));
  }

  /** Makes `entry` the newest of (kind, key); `previous` (by default the current one) is superseded. */
  set(kind: string, key: string, entry: CurrentEntry, previous = this.get(kind, key)): void {
    if (previous) this.superseded.add(versionOf(kind, key, previous.hash, previous.file));
    this.newest.set(identity(kind, key), entry);
  }
}
