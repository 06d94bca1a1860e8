// Reorganisations in the organisation chart: the change_type and successor_codes columns, their
// row-level consistency, and the org:ChangeEvent each change is published as.
import { DataFactory } from 'n3';
import { dct, org, plaza, prov, rdf, xsd } from '../../src/vocab/namespaces.ts';
import { cleanText, FieldError, formatDate, type LocalDate } from '../parse/fields.ts';
import { parseKey } from '../parse/keys.ts';
import type { GraphBuilder } from '../rdf/graph-builder.ts';
import { changeDay, type OrgChangeType, type OrgUnit } from './directory.ts';

const literal = DataFactory.literal.bind(DataFactory);

/** The chart's change_type values (Korean, as the city's export gives them) → scheme notation. */
export const CHANGE_TYPE_VALUES: Readonly<Record<string, OrgChangeType>> = {
  신설: 'established',
  개칭: 'renamed',
  명칭변경: 'renamed',
  통합: 'merged',
  분할: 'split',
  폐지: 'abolished',
};

const NOTATIONS: readonly OrgChangeType[] = [
  'established',
  'renamed',
  'merged',
  'split',
  'abolished',
];

export function parseChangeType(
  field: string,
  value: string | undefined,
): OrgChangeType | undefined {
  const v = cleanText(value);
  if (v === '') return undefined;
  const type = CHANGE_TYPE_VALUES[v] ?? NOTATIONS.find((n) => n === v.toLowerCase());
  if (type === undefined) {
    const known = Object.keys(CHANGE_TYPE_VALUES).join(', ');
    throw new FieldError(field, `unknown change type ${JSON.stringify(value)} (expected ${known})`);
  }
  return type;
}

/** `;`-separated organisation codes (spaces around them ignored); empty = none. */
export function parseSuccessorCodes(field: string, value: string | undefined): string[] {
  const v = cleanText(value);
  if (v === '') return [];
  const codes = v.split(';').map((code) => parseKey(field, code));
  const twice = codes.find((code, i) => codes.indexOf(code) !== i);
  if (twice !== undefined) throw new FieldError(field, `successor ${twice} is listed twice`);
  return codes;
}

interface ChangeFields {
  readonly code: string;
  readonly changeType: OrgChangeType | undefined;
  readonly successors: readonly string[];
  readonly validFrom: LocalDate | undefined;
  readonly validUntil: LocalDate | undefined;
}

/** Row-level rules: how many successors each change names, and which validity date it needs. */
export function checkChange(c: ChangeFields): FieldError[] {
  const errors: FieldError[] = [];
  const n = c.successors.length;
  const bad = (field: string, reason: string): number => errors.push(new FieldError(field, reason));
  if (c.changeType === undefined) {
    if (n > 0) bad('successor_codes', 'successors are given without a change_type');
    return errors;
  }
  if (c.successors.includes(c.code)) bad('successor_codes', `a unit cannot succeed itself`);
  const one = c.changeType === 'renamed' || c.changeType === 'merged';
  if (one && n !== 1)
    bad('successor_codes', `a ${c.changeType} unit names exactly one successor (got ${n})`);
  if (c.changeType === 'split' && n < 2)
    bad('successor_codes', `a split unit names at least two successors (got ${n})`);
  if ((c.changeType === 'abolished' || c.changeType === 'established') && n > 0)
    bad('successor_codes', `an ${c.changeType} unit names no successor (got ${n})`);
  if (c.changeType === 'established') {
    if (c.validFrom === undefined)
      bad('valid_from', 'an established unit states valid_from (the day it was set up)');
  } else if (c.validUntil === undefined) {
    bad(
      'valid_to',
      `${c.changeType === 'abolished' ? 'an' : 'a'} ${c.changeType} unit states valid_to (its last day)`,
    );
  }
  return errors;
}

/** The change event a unit's row states, and its IRI key: see `IriMinter.orgChange`. */
export function changeOf(
  unit: OrgUnit,
): { day: string; key: string; type: OrgChangeType; ended: boolean } | undefined {
  const type = unit.changeType;
  if (type === 'established') {
    if (unit.validFrom === undefined) return undefined;
    return { day: formatDate(unit.validFrom), key: unit.code, type, ended: false };
  }
  if (type === undefined || unit.validUntil === undefined) return undefined;
  const key = type === 'merged' ? (unit.successorCodes?.[0] ?? unit.code) : unit.code;
  return { day: changeDay(unit.validUntil), key, type, ended: true };
}

/**
 * Publishes the row's change as an org:ChangeEvent. What every row of the same event states alike
 * (type, date, resulting units) is described in the event's own graph; the original unit's part
 * (`org:originalOrganization`, `org:changedBy`) stays in the unit's record graph, so that the
 * units merged into one are each stated once by their own row.
 */
export function describeChange(g: GraphBuilder, unit: OrgUnit): void {
  const change = changeOf(unit);
  if (change === undefined) return;
  const s = g.subject;
  const event = g.iri.orgChange(change.key, change.day);
  const e = g.shared(event);
  e.add(event, rdf('type'), org('ChangeEvent'));
  e.add(event, plaza('changeType'), g.iri.concept('org-change-type', change.type));
  e.add(event, dct('date'), literal(change.day, xsd('date')));
  // The chart's dates are days of Korean administration: a change takes effect at 00:00 KST.
  e.add(event, prov('startedAtTime'), literal(`${change.day}T00:00:00+09:00`, xsd('dateTime')));
  const results = change.ended ? (unit.successorCodes ?? []).map((c) => g.iri.org(c)) : [s];
  for (const result of results) {
    e.add(event, org('resultingOrganization'), result);
    e.add(result, org('resultedFrom'), event);
  }
  if (change.ended) {
    g.add(s, org('changedBy'), event);
    g.add(event, org('originalOrganization'), s);
  }
}
