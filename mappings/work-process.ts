// work_process (업무처리 절차) → plaza:WorkProcess: one record per bpmn:process of a BPMN 2.0 file,
// with its flow (process/map-flow.ts) and the links its JSON sidecar gives.
import { DataFactory } from 'n3';
import { cpov, dct, plaza, rdf, skos } from '../src/vocab/namespaces.ts';
import { labelNotation } from '../src/vocab/iri.ts';
import { RowError, type SourceMapping } from './mapping.ts';
import { mapFlow } from './process/map-flow.ts';
import { bpmnKey, parseWorkProcess, type WorkProcessRecord } from './process/parse-process.ts';
import { pointer, type ProcessLinks } from './process/sidecar.ts';
import { applyLink, issueOf } from './policy/link-context.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const VERSION = 'work_process@2';

function mapLinks(g: GraphBuilder, processId: string, links: ProcessLinks): void {
  const at = (...path: string[]): string => pointer('processes', processId, ...path);
  links.initiatives?.forEach((i, n) =>
    g.policyContext(
      g.iri.initiative(i.level, i.id),
      'process-sidecar',
      at('initiatives', String(n)),
    ),
  );
  if (links.department !== undefined)
    g.department(`sidecar#${at('department')}`, links.department, undefined);
  for (const basis of links.legalBasis ?? []) {
    g.text(g.subject, plaza('legalBasis'), `${basis.law} ${basis.article}`, 'ko');
    if (basis.eli !== undefined)
      g.add(g.subject, cpov('hasLegalResource'), DataFactory.namedNode(basis.eli));
  }
  if (links.function !== undefined) {
    g.functionPath(links.function);
    g.unitTask(links.function.split('>').at(-1) ?? '');
  }
  for (const [stepId, step] of Object.entries(links.steps ?? {})) {
    const e = g.iri.processElement(g.subject, bpmnKey(stepId));
    for (const doc of step.produces) {
      if ('recordType' in doc) {
        g.add(e, plaza('producesDocumentType'), g.iri.concept('record-type', doc.recordType));
        continue;
      }
      const concept = g.iri.concept('document-type', labelNotation(doc.label));
      g.add(e, plaza('producesDocumentType'), concept);
      const c = g.shared(concept);
      c.add(concept, rdf('type'), skos('Concept'));
      c.add(concept, skos('prefLabel'), DataFactory.literal(doc.label.trim(), 'ko'));
      c.add(concept, skos('inScheme'), g.iri.scheme('document-type'));
    }
  }
}

/**
 * Why a process has no policy context, kept on the record for the link report (a fixed cause, the
 * reason may name the process); the parser's remark (`unlinked: no sidecar`) already reports it.
 */
function recordUnlinked(g: GraphBuilder, record: WorkProcessRecord): void {
  const remark = record.remarks.find(([f, m]) => f === 'sidecar' && m.startsWith('unlinked: '));
  const reason = remark?.[1].slice('unlinked: '.length) ?? 'the sidecar names no initiative';
  if (!remark) g.notice('sidecar', `policy context not linked: ${reason}`);
  const cannot = remark ? (reason === 'no sidecar' ? reason : 'no sidecar entry') : reason;
  applyLink(g, {
    issue: issueOf([{ basis: 'process-sidecar', field: 'sidecar', cannot, reason }]),
  });
}

export const workProcessMapping: SourceMapping<WorkProcessRecord> = {
  kind: 'work_process',
  version: VERSION,

  parse(fields) {
    const { record, errors } = parseWorkProcess(
      fields['process_id'] ?? '',
      fields['bpmn'] ?? '',
      fields['sidecar'],
    );
    if (record === undefined) throw new RowError(errors);
    return { key: record.key, op: 'upsert', record };
  },

  subject: (key, iri) => iri.process(key),

  map(record, meta, ctx) {
    const { model } = record;
    const s = ctx.iri.process(record.key);
    const g = new GraphBuilder(s, meta, ctx);
    const title = model.name !== '' ? model.name : model.participant?.name;
    g.record([plaza('WorkProcess')], 'work-process', model.id, title, VERSION);
    g.text(s, dct('description'), model.documentation, 'ko');
    // Plaza's process format has no disclosure grade: work processes are published procedures.
    g.disclosure({ grade: 'public', items: [] }, undefined);
    mapFlow(g, record);
    if (record.links !== undefined) mapLinks(g, model.id, record.links);
    if ((record.links?.initiatives ?? []).length === 0) recordUnlinked(g, record);
    for (const [field, message] of record.remarks) g.notice(field, message);
    for (const warning of model.warnings) g.notice('bpmn', `BPMN reader: ${warning}`);
    return g.result();
  },
};
