// The whole-file check of a policy list: duplicate ids, cycles, unknown parents, parents of the
// wrong level. Each refused row is named with its line and reason; every other row is ingested.
import { RowError, type FileRow, type FileRowReject } from '../mapping.ts';
import { cleanText } from '../parse/fields.ts';
import { PARENT_LEVEL, parseInitiative, type InitiativeRecord } from './parse-initiative.ts';

interface Row {
  readonly line: number;
  readonly record: InitiativeRecord;
}

function parsedRows(rows: readonly FileRow[]): Row[] {
  const parsed: Row[] = [];
  for (const row of rows) {
    try {
      parsed.push({ line: row.line, record: parseInitiative(row.fields) });
    } catch (error) {
      if (!(error instanceof RowError)) throw error; // rejected by parse on ingest
    }
  }
  return parsed;
}

/** Ids on a parent cycle, each with the cycle it is on (`A → B → A`). */
function cycles(byId: ReadonlyMap<string, Row>): Map<string, string> {
  const onCycle = new Map<string, string>();
  const done = new Set<string>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    const position = new Map<string, number>();
    let id: string | undefined = start;
    while (id !== undefined && !done.has(id) && !position.has(id)) {
      position.set(id, path.length);
      path.push(id);
      id = byId.get(id)?.record.parentId;
    }
    if (id !== undefined && position.has(id)) {
      const cycle = path.slice(position.get(id));
      const text = [...cycle, id].join(' → ');
      for (const member of cycle) onCycle.set(member, text);
    }
    for (const visited of path) done.add(visited);
  }
  return onCycle;
}

export function checkInitiativeHierarchy(rows: readonly FileRow[]): FileRowReject[] {
  const rejects: FileRowReject[] = [];
  const knownIds = new Set(rows.map((row) => cleanText(row.fields['id'])));
  const byId = new Map<string, Row>();
  for (const row of parsedRows(rows)) {
    const first = byId.get(row.record.id);
    if (first) {
      const reason = `id ${row.record.id} is already given at line ${first.line}`;
      rejects.push({ line: row.line, field: 'id', reason });
    } else byId.set(row.record.id, row);
  }
  const onCycle = cycles(byId);
  for (const { line, record } of byId.values()) {
    const cycle = onCycle.get(record.id);
    if (cycle !== undefined) {
      rejects.push({ line, field: 'parent_id', reason: `cycle in the hierarchy: ${cycle}` });
      continue;
    }
    if (record.parentId === undefined) continue;
    if (!knownIds.has(record.parentId)) {
      const reason = `parent ${record.parentId} is not in this file`;
      rejects.push({ line, field: 'parent_id', reason });
      continue;
    }
    const parent = byId.get(record.parentId);
    const expected = PARENT_LEVEL[record.level];
    if (parent && parent.record.level !== expected) {
      const reason = `parent ${record.parentId} is a ${parent.record.level}; a ${record.level} belongs to a ${expected ?? 'nothing'}`;
      rejects.push({ line, field: 'parent_id', reason });
    }
  }
  return rejects.sort((a, b) => a.line - b.line);
}
