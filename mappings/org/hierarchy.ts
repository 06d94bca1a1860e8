// File-level checks of an organisation chart (the mapping sees one row at a time): cycles in
// upper_org_code, successors that do not exist, conflicting changes, unknown or narrower parents.
import type { FileCheck, FileRow } from '../mapping.ts';
import { formatDate, type LocalDate } from '../parse/fields.ts';
import { changeOf } from './change.ts';
import type { OrgDirectory, OrgUnit } from './directory.ts';

type Reject = FileCheck['rejects'][number];
type Notice = FileCheck['notices'][number];

const span = (u: OrgUnit): string =>
  `${u.validFrom ? formatDate(u.validFrom) : '(always)'} – ${u.validUntil ? formatDate(u.validUntil) : '(current)'}`;
const iso = (d: LocalDate | undefined, open: string): string => (d ? formatDate(d) : open);

/**
 * Checks a chart file against itself and the chart ingested before (`known`; this file's rows
 * replace known units of the same code). Rejects: every row on a cycle of upper_org_code (the
 * cycle named), a successor code that is nowhere in the chart, two rows stating one change
 * differently. Notices (the row is kept): a parent code nowhere in the chart — a partial export
 * (one bureau, or the rows changed since the last export) legitimately names parents sent
 * before, and `org:unitOf` resolves once the parent arrives — and a unit valid outside its
 * parent's validity.
 */
export function checkHierarchy(rows: readonly FileRow<OrgUnit>[], known: OrgDirectory): FileCheck {
  const inFile = new Map(rows.map((row) => [row.record.code, row]));
  const unitOf = (code: string): OrgUnit | undefined =>
    inFile.get(code)?.record ?? known.unit(code);
  const rejects: Reject[] = [];
  const rejected = new Set<string>();
  const reject = (row: FileRow<OrgUnit>, field: string, reason: string): void => {
    rejects.push({ line: row.line, field, reason });
    rejected.add(row.record.code);
  };

  const cycles = findCycles(rows, unitOf);
  for (const row of rows) {
    const cycle = cycles.get(row.record.code);
    if (cycle) {
      const names = [...cycle, cycle[0]].join(' → ');
      reject(
        row,
        'upper_org_code',
        `cycle in the organisation hierarchy: ${names} (unit → upper_org_code)`,
      );
    }
  }

  const exists = (code: string): boolean =>
    (inFile.has(code) && !rejected.has(code)) || known.unit(code) !== undefined;
  for (const row of rows) {
    if (rejected.has(row.record.code)) continue;
    const missing = (row.record.successorCodes ?? []).filter((code) => !exists(code));
    if (missing.length > 0) {
      const why = missing.map((c) => (inFile.has(c) ? `${c} (rejected)` : c)).join(', ');
      reject(row, 'successor_codes', `successor not in the organisation chart: ${why}`);
    }
  }
  checkChangeConflicts(rows, rejected, reject);

  const notices: Notice[] = [];
  for (const row of rows) {
    const unit = row.record;
    if (rejected.has(unit.code) || unit.parentCode === undefined) continue;
    const parent = exists(unit.parentCode) ? unitOf(unit.parentCode) : undefined;
    if (!parent) {
      const state = inFile.has(unit.parentCode)
        ? 'was rejected'
        : 'is not in the organisation chart';
      notices.push({
        line: row.line,
        field: 'upper_org_code',
        message: `parent unit ${unit.parentCode} ${state}: the unit is kept, org:unitOf points at that code`,
      });
    } else if (
      iso(unit.validFrom, '') < iso(parent.validFrom, '') ||
      iso(unit.validUntil, '9999') > iso(parent.validUntil, '9999')
    ) {
      const early = iso(unit.validFrom, '') < iso(parent.validFrom, '');
      notices.push({
        line: row.line,
        field: early ? 'valid_from' : 'valid_to',
        message: `unit ${unit.code} is valid ${span(unit)}, outside its parent ${parent.code} (${span(parent)})`,
      });
    }
  }
  return { rejects, notices };
}

/** Codes on a cycle of parent links through at least one row of the file → the cycle, in order. */
function findCycles(
  rows: readonly FileRow<OrgUnit>[],
  unitOf: (code: string) => OrgUnit | undefined,
): Map<string, string[]> {
  const onCycle = new Map<string, string[]>();
  const done = new Set<string>();
  for (const row of rows) {
    const path: string[] = [];
    for (let code: string | undefined = row.record.code; code !== undefined;) {
      if (done.has(code)) break;
      const at = path.indexOf(code);
      if (at >= 0) {
        const cycle = path.slice(at);
        for (const c of cycle) onCycle.set(c, cycle);
        break;
      }
      path.push(code);
      code = unitOf(code)?.parentCode;
    }
    for (const c of path) done.add(c);
  }
  return onCycle;
}

/**
 * One change event, stated alike by every row: a unit several units pass into on one day is not
 * a rename (개칭) of one of them but a merge (통합), and a merge result is not also 신설 (both
 * would name the same event).
 */
function checkChangeConflicts(
  rows: readonly FileRow<OrgUnit>[],
  rejected: ReadonlySet<string>,
  reject: (row: FileRow<OrgUnit>, field: string, reason: string) => void,
): void {
  const events = new Map<string, FileRow<OrgUnit>>();
  const intoOnDay = new Map<string, FileRow<OrgUnit>[]>();
  for (const row of rows) {
    const change = changeOf(row.record);
    if (rejected.has(row.record.code) || change === undefined) continue;
    if (change.ended) {
      for (const code of row.record.successorCodes ?? []) {
        const key = `${code} ${change.day}`;
        intoOnDay.set(key, [...(intoOnDay.get(key) ?? []), row]);
      }
    }
    const key = `${change.key}-${change.day}`;
    const first = events.get(key);
    if (!first) events.set(key, row);
    else if (first.record.changeType !== change.type) {
      reject(
        row,
        'change_type',
        `change ${key} is stated as ${first.record.changeType ?? ''} on line ${first.line} and as ${change.type} here`,
      );
    }
  }
  for (const [key, sources] of intoOnDay) {
    if (sources.length < 2) continue;
    for (const row of sources.filter((r) => r.record.changeType === 'renamed')) {
      reject(
        row,
        'change_type',
        `${key.replace(' ', ' on ')} takes over ${sources.length} units (${sources.map((r) => r.record.code).join(', ')}): a merge (통합), not a rename`,
      );
    }
  }
}
