// Reference data the projector learns from the log before mapping other kinds (the organisation
// chart, the policy list, the budget lines): the current record of each key, and a directory
// rebuilt from them whenever they change.
import type { Fields } from '../../mappings/mapping.ts';
import type { SourceKind } from '../../mappings/types.ts';
import type { ProjectableEntry } from './projector.ts';

export class ReferenceRecords<T, D> {
  private readonly records = new Map<string, T>();
  private current: D;

  constructor(
    private readonly kind: SourceKind,
    private readonly read: (fields: Fields) => T,
    private readonly build: (records: Iterable<T>) => D,
  ) {
    this.current = build([]);
  }

  get directory(): D {
    return this.current;
  }

  /** Takes the entries of this kind (upserts and deletions); returns true when anything changed. */
  learn(entries: Iterable<ProjectableEntry>): boolean {
    let changed = false;
    for (const e of entries) {
      if (e.kind !== this.kind) continue;
      if (e.op === 'delete') changed = this.records.delete(e.key) || changed;
      else {
        this.records.set(e.key, this.read(e.fields));
        changed = true;
      }
    }
    if (changed) this.current = this.build(this.records.values());
    return changed;
  }
}
