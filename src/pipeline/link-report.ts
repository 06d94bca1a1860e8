// The link report: per record kind, how many records reach a policy context and, for those that
// do not, why (the `plaza:linkIssue` their mapping recorded), computed from the internal graph.
import { linkIssueCause } from '../../mappings/policy/link-context.ts';
import type { Store } from '../store/store.ts';

/** The kinds of resource that are records: they carry a disclosure decision, or are processes. */
const RECORDS = `
PREFIX plaza: <https://w3id.org/plaza/def#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?record ?type (SAMPLE(?context) AS ?linked) (SAMPLE(?basisConcept) AS ?basis)
  (SAMPLE(?issue) AS ?why) WHERE {
  { ?record plaza:disclosure ?decision } UNION { ?record a plaza:WorkProcess }
  OPTIONAL { ?record dct:type ?recordType }
  OPTIONAL { ?record a ?class FILTER(STRSTARTS(STR(?class), STR(plaza:))) }
  BIND(COALESCE(?recordType, ?class) AS ?type)
  OPTIONAL { ?record plaza:policyContext ?context }
  OPTIONAL { ?record plaza:qualifiedPolicyContext/plaza:linkBasis ?basisConcept }
  OPTIONAL { ?record plaza:linkIssue ?issue }
}
GROUP BY ?record ?type`;

/** Records without a recorded link issue (a source that names no initiative at all). */
export const NO_REASON = 'no link issue recorded (the source names no initiative)';
const EXAMPLES = 3;

export interface UnlinkedReason {
  readonly reason: string;
  readonly count: number;
  /** A few record IRIs (sorted) with this reason. */
  readonly examples: readonly string[];
}

export interface KindLinks {
  readonly kind: string;
  readonly records: number;
  readonly linked: number;
  readonly unlinked: number;
  /** Linked records per link basis (`unit-task`, `department`, …; a record's first link). */
  readonly bases: Readonly<Record<string, number>>;
  readonly reasons: readonly UnlinkedReason[];
}

export interface LinkReport {
  readonly records: number;
  readonly linked: number;
  /** linked / records, 0..1 (1 when there are no records). */
  readonly rate: number;
  readonly kinds: readonly KindLinks[];
}

/** A record-type concept's notation, or a plaza class in kebab case (`Meeting` → `meeting`). */
function kindOf(iri: string): string {
  const local = iri.replace(/^.*[/#]/, '');
  return local.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
}

export async function linkReport(store: Pick<Store, 'query'>): Promise<LinkReport> {
  const result = await store.query(RECORDS);
  if (result.type !== 'solutions') throw new Error('the link report query returned no solutions');
  const byKind = new Map<
    string,
    { records: number; linked: number; bases: Map<string, number>; why: Map<string, string[]> }
  >();
  for (const row of result.rows) {
    const record = row.get('record')?.value ?? '';
    const kind = kindOf(row.get('type')?.value ?? '');
    const k = byKind.get(kind) ?? {
      records: 0,
      linked: 0,
      bases: new Map<string, number>(),
      why: new Map<string, string[]>(),
    };
    byKind.set(kind, k);
    k.records++;
    if (row.has('linked')) {
      k.linked++;
      const basis = (row.get('basis')?.value ?? 'unqualified').replace(/^.*\//, '');
      k.bases.set(basis, (k.bases.get(basis) ?? 0) + 1);
      continue;
    }
    const issue = row.get('why')?.value;
    const reason = issue === undefined ? NO_REASON : linkIssueCause(issue);
    k.why.set(reason, [...(k.why.get(reason) ?? []), record]);
  }
  const kinds = [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, k]) => ({
      kind,
      records: k.records,
      linked: k.linked,
      unlinked: k.records - k.linked,
      bases: Object.fromEntries([...k.bases.entries()].sort(([a], [b]) => a.localeCompare(b))),
      reasons: [...k.why.entries()]
        .map(([reason, records]) => ({
          reason,
          count: records.length,
          examples: [...records].sort().slice(0, EXAMPLES),
        }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    }));
  const records = kinds.reduce((n, k) => n + k.records, 0);
  const linked = kinds.reduce((n, k) => n + k.linked, 0);
  return { records, linked, rate: records === 0 ? 1 : linked / records, kinds };
}

const percent = (n: number, of: number): string =>
  of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`;

export function formatLinkReport(r: LinkReport): string {
  const lines = [
    `policy context: ${r.linked} of ${r.records} records linked (${percent(r.linked, r.records)})`,
  ];
  for (const k of r.kinds) {
    lines.push(
      `  ${k.kind}: ${k.linked}/${k.records} linked (${percent(k.linked, k.records)}), ${k.unlinked} unlinked`,
    );
    const bases = Object.entries(k.bases).map(([basis, n]) => `${basis} ${n}`);
    if (bases.length > 0) lines.push(`    linked by ${bases.join(', ')}`);
    for (const reason of k.reasons) {
      lines.push(`    ${reason.count}× ${reason.reason}`);
      for (const e of reason.examples) lines.push(`       e.g. ${e}`);
    }
  }
  return lines.join('\n');
}
