// The synchronous bpmn-moddle adapter: it really parses synchronously (the assumption it rests on),
// tells non-XML from non-BPMN, and its warnings reach the record's notices.
import { describe, expect, it } from 'vitest';
import { BpmnFileError, parseBpmnDocument } from '../../../mappings/process/bpmn-document.ts';
import { workProcessMapping } from '../../../mappings/work-process.ts';
import { IriMinter } from '../../../src/vocab/iri.ts';
import { BASE } from '../../support/rdf.ts';
import { INGESTED_AT, INITIATIVES, ORGS } from '../cases.ts';
import { bpmnDocument, straightProcess } from './bpmn-text.ts';
import { withoutLinkNotices } from '../../support/notices.ts';

describe('parseBpmnDocument', () => {
  it('returns the parsed tree as soon as it returns (bpmn-moddle parses synchronously)', () => {
    const doc = parseBpmnDocument(bpmnDocument(straightProcess('P', ['T1'])));
    expect(doc.definitions.$type).toBe('bpmn:Definitions');
    const roots = doc.definitions['rootElements'] as { $type: string; id: string }[];
    expect(roots.map((r) => [r.$type, r.id])).toEqual([['bpmn:Process', 'P']]);
    expect(doc.warnings).toEqual([]);
  });

  it('throws a BpmnFileError for text that is not XML, with the line', () => {
    expect(() => parseBpmnDocument('<a>\n<b></a>')).toThrow(BpmnFileError);
    try {
      parseBpmnDocument('<a>\n<b></a>');
    } catch (error) {
      expect((error as BpmnFileError).line).toBe(2);
    }
  });

  it('throws a BpmnFileError for XML that is not BPMN', () => {
    expect(() => parseBpmnDocument('<definitions xmlns="urn:other"/>')).toThrow(/^not BPMN 2\.0/);
  });

  it('passes unknown BPMN elements on as notices, and maps the rest', () => {
    const body = straightProcess('P', ['T1']).replace(
      '</process>',
      '<madeUpThing id="X"/></process>',
    );
    const parsed = workProcessMapping.parse({ process_id: 'P', bpmn: bpmnDocument(body) });
    const meta = {
      key: 'P',
      file: 'x.bpmn',
      line: 1,
      format: 'bpmn' as const,
      ingestedAt: INGESTED_AT,
    };
    const out = workProcessMapping.map(parsed.record, meta, {
      iri: new IriMinter(BASE),
      orgs: ORGS,
      initiatives: INITIATIVES,
    });
    expect(withoutLinkNotices(out.notices).map((n) => `${n.field}: ${n.message}`)).toEqual([
      'sidecar: unlinked: no sidecar',
      expect.stringMatching(
        /^bpmn: BPMN reader: unparsable content <bpmn:madeUpThing> detected .*unknown type <bpmn:MadeUpThing>$/,
      ),
    ]);
  });
});

describe('what other modellers write', () => {
  const readOne = (body: string) => {
    const parsed = workProcessMapping.parse({ process_id: 'P', bpmn: bpmnDocument(body, '') });
    return parsed.record.model;
  };

  it('keeps the text of HTML documentation (Yaoqiang, Bizagi) and one-line names', () => {
    const html =
      '<![CDATA[<p style="text-align:left;"><span style="color:#000000;">서류를&nbsp;확인</span></p><p><span>기한: 7일</span></p>]]>';
    const model = readOne(
      straightProcess('P', ['T1']).replace(
        '<task id="T1" name="T1"/>',
        `<task id="T1" name="신청서&#10;검토"><documentation textFormat="text/html">${html}</documentation></task>`,
      ),
    );
    const task = model.nodes.find((n) => n.id === 'T1');
    expect(task?.documentation).toBe('서류를 확인\n기한: 7일');
    expect(task?.name).toBe('신청서 검토');
  });

  it('rejects an empty pool as empty, not as a process without start', () => {
    expect(() =>
      workProcessMapping.parse({
        process_id: 'Main',
        bpmn: bpmnDocument('<process id="Main"><laneSet id="L"/></process>'),
      }),
    ).toThrow(/^Main: process is empty \(no flow nodes\): nothing to ingest$/);
  });
});
