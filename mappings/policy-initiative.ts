// policy_list (정책 → 사업 → 세부사업) → plaza:Policy / plaza:Programme / plaza:Project (prov:Plan),
// each in its own graph, pointing at its parent with dct:isPartOf; the hierarchy is checked per file.
import { DataFactory } from 'n3';
import { dct, plaza, rdf, schema, skos } from '../src/vocab/namespaces.ts';
import type { InitiativeLevel } from '../src/vocab/iri.ts';
import type { SourceMapping } from './mapping.ts';
import { checkInitiativeHierarchy } from './policy/hierarchy.ts';
import { PARENT_LEVEL, parseInitiative, type InitiativeRecord } from './policy/parse-initiative.ts';
import { formatDate } from './parse/fields.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const literal = DataFactory.literal.bind(DataFactory);
const VERSION = 'policy_list@1';

const CLASS_OF: Readonly<Record<InitiativeLevel, string>> = {
  policy: 'Policy',
  programme: 'Programme',
  project: 'Project',
};

/** Record-log key: the level and the id, since the IRI (`id/{level}/{id}`) needs both. */
export function initiativeKey(level: InitiativeLevel, id: string): string {
  return `${level}/${id}`;
}

function splitKey(key: string): { level: InitiativeLevel; id: string } {
  const [level, id] = key.split('/');
  if ((level !== 'policy' && level !== 'programme' && level !== 'project') || !id) {
    throw new Error(`not a policy_list key: ${key}`);
  }
  return { level, id };
}

function isoOrUndefined(r: InitiativeRecord, end: 'start' | 'end'): string | undefined {
  const d = r[end];
  return d === undefined ? undefined : formatDate(d);
}

export const policyInitiativeMapping: SourceMapping<InitiativeRecord> = {
  kind: 'policy_list',
  version: VERSION,

  parse(fields) {
    const record = parseInitiative(fields);
    return { key: initiativeKey(record.level, record.id), op: 'upsert', record };
  },

  checkFile: checkInitiativeHierarchy,

  subject(key, iri) {
    const { level, id } = splitKey(key);
    return iri.initiative(level, id);
  },

  map(r, meta, ctx) {
    const s = ctx.iri.initiative(r.level, r.id);
    const g = new GraphBuilder(s, meta, ctx);
    g.provenance(VERSION);
    g.add(s, rdf('type'), plaza(CLASS_OF[r.level]));
    g.add(s, rdf('type'), plaza('PolicyInitiative'));
    g.add(s, dct('identifier'), literal(r.id));
    g.text(s, skos('prefLabel'), r.nameKo, 'ko');
    g.text(s, skos('prefLabel'), r.nameEn, 'en');
    const parentLevel = PARENT_LEVEL[r.level];
    if (parentLevel !== undefined && r.parentId !== undefined) {
      g.add(s, dct('isPartOf'), ctx.iri.initiative(parentLevel, r.parentId));
    }
    if (r.deptCode !== undefined && ctx.orgs.unit(r.deptCode) !== undefined) {
      g.add(s, plaza('responsibleUnit'), ctx.iri.org(r.deptCode));
    } else if (r.deptCode !== undefined) {
      g.notice('dept_code', `department ${r.deptCode} is not in the organisation chart`);
    }
    g.typed(s, schema('startDate'), isoOrUndefined(r, 'start'), 'date');
    g.typed(s, schema('endDate'), isoOrUndefined(r, 'end'), 'date');
    if (r.functionPath !== undefined) g.functionPath(r.functionPath);
    for (const task of r.unitTasks) g.unitTask(task);
    for (const code of [r.realmCode, r.sectCode]) {
      if (code !== undefined) g.add(s, dct('subject'), ctx.iri.concept('budget-function', code));
    }
    for (const code of [r.programmeCode, ...r.detailCodes]) {
      if (code !== undefined) g.add(s, plaza('budgetProjectCode'), literal(code));
    }
    return g.result();
  },
};
