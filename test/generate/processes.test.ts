// Generated work processes: one BPMN file per spine process in the three modeller dialects, sidecars
// valid against their schema and drawn from the spine, every process mapping with lanes resolved.
import { describe, expect, it } from 'vitest';
import { organisationMapping } from '../../mappings/organisation.ts';
import { OrgDirectory } from '../../mappings/org/directory.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import { parseSidecar } from '../../mappings/process/sidecar.ts';
import { workProcessMapping } from '../../mappings/work-process.ts';
import { CITY_PROCESSES, cityInitiative } from '../../src/generate/city/index.ts';
import { orgChartRows } from '../../src/generate/org-chart.ts';
import {
  BAD_PROCESS,
  UNLINKED_PROCESS,
  badProcessFile,
  generatedProcessFiles,
  sampleProcessFiles,
} from '../../src/generate/processes/process-files.ts';
import { IriMinter } from '../../src/vocab/iri.ts';

const files = sampleProcessFiles();
const bpmnFiles = files.filter((f) => f.path.endsWith('.bpmn'));
const sidecarOf = (path: string) =>
  files.find((f) => f.path === path.replace(/\.bpmn$/, '.process.json'))?.text;
const processIdOf = (xml: string) => /<(?:\w+:)?process id="([^"]+)"/.exec(xml)?.[1] ?? '';
const orgs = new OrgDirectory(orgChartRows().map((row) => organisationMapping.parse(row).record));
const ctx = {
  iri: new IriMinter('http://localhost:3000/'),
  orgs,
  initiatives: new InitiativeDirectory([]),
};

function mapFile(path: string, xml: string, sidecar: string | undefined) {
  const fields = { process_id: processIdOf(xml), bpmn: xml, ...(sidecar ? { sidecar } : {}) };
  const parsed = workProcessMapping.parse(fields);
  const meta = {
    key: parsed.key,
    file: path,
    line: 1,
    format: 'bpmn' as const,
    ingestedAt: new Date(0),
  };
  return workProcessMapping.map(parsed.record, meta, ctx);
}

describe('sample work processes (data/work_process/)', () => {
  it('are the spine processes, one file each, in the three modeller dialects', () => {
    expect(bpmnFiles.map((f) => processIdOf(f.text))).toEqual(CITY_PROCESSES.map((p) => p.id));
    const dialects = bpmnFiles.map((f) =>
      f.text.includes('xmlns:camunda=')
        ? 'camunda'
        : f.text.includes('<bpmn2:definitions') && f.text.includes('signavio:signavioMetaData')
          ? 'signavio'
          : f.text.includes('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"')
            ? 'bpmnio'
            : 'unknown',
    );
    expect(new Set(dialects)).toEqual(new Set(['camunda', 'bpmnio', 'signavio']));
    for (const f of bpmnFiles) expect(f.text).toContain('bpmndi:BPMNDiagram');
  });

  it('have sidecars valid against the schema, linking the spine initiative, all but one', () => {
    const unlinked = bpmnFiles.filter((f) => sidecarOf(f.path) === undefined);
    expect(unlinked.map((f) => processIdOf(f.text))).toEqual([UNLINKED_PROCESS]);
    for (const f of bpmnFiles) {
      const text = sidecarOf(f.path);
      if (text === undefined) continue;
      const { sidecar, errors } = parseSidecar(text);
      expect(errors).toEqual([]);
      const id = processIdOf(f.text);
      const spine = CITY_PROCESSES.find((p) => p.id === id);
      const links = sidecar?.processes[id];
      expect(links?.initiatives?.map((i) => i.id)).toEqual([spine?.initiativeId]);
      expect(cityInitiative(spine?.initiativeId ?? '')).toBeDefined();
      expect(links?.function?.endsWith(`> ${spine?.unitTask ?? '?'}`)).toBe(true);
    }
  });

  it('map without a notice: every lane is a department of the chart', () => {
    for (const f of bpmnFiles) {
      const out = mapFile(f.path, f.text, sidecarOf(f.path));
      const expected = processIdOf(f.text) === UNLINKED_PROCESS ? ['unlinked: no sidecar'] : [];
      expect({ file: f.path, notices: out.notices.map((n) => n.message) }).toEqual({
        file: f.path,
        notices: expected,
      });
      expect(
        out.quads.filter((q) => q.predicate.value.endsWith('#laneUnit')).length,
      ).toBeGreaterThan(0);
    }
  });
});

describe('the bad sample (data/_bad/)', () => {
  it('holds a sound process and one whose flow leads nowhere, rejected by flow id', () => {
    const { text } = badProcessFile();
    expect(workProcessMapping.parse({ process_id: BAD_PROCESS.good, bpmn: text }).key).toBe(
      BAD_PROCESS.good,
    );
    expect(() => workProcessMapping.parse({ process_id: BAD_PROCESS.bad, bpmn: text })).toThrow(
      new RegExp(
        `^sid-[0-9A-F-]+: targetRef points to "${BAD_PROCESS.missingTarget}", which is not an element of the file$`,
      ),
    );
  });
});

describe('generated work processes (plaza generate)', () => {
  it('writes any number of distinct processes, each mapping', () => {
    const generated = generatedProcessFiles(20).filter((f) => f.path.endsWith('.bpmn'));
    const ids = generated.map((f) => processIdOf(f.text));
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(ids.slice(8, 10)).toEqual(['PROC-01-0002', 'PROC-02-0002']);
    const all = generatedProcessFiles(20);
    for (const f of generated) {
      const sidecar = all.find((s) => s.path === f.path.replace(/\.bpmn$/, '.process.json'))?.text;
      expect(mapFile(f.path, f.text, sidecar).notices).toEqual([]);
    }
  });
});
