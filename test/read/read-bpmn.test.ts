// Reading BPMN files: one record per bpmn:process, paired with its `<name>.process.json` sidecar;
// a file that is not (well-formed) BPMN and a sidecar without its BPMN file are whole-file rejects.
import { describe, expect, it } from 'vitest';
import { detectSource, kindFromFileName } from '../../mappings/read/detect.ts';
import { readExports } from '../../mappings/read/read-export.ts';
import { bpmnDocument, straightProcess } from '../mappings/work-process/bpmn-text.ts';
import { collect, scratchDirectory } from './harness.ts';

const write = scratchDirectory();
const sidecar = JSON.stringify({ processes: { A: { department: '총무과' } } });

describe('reading BPMN files', () => {
  it('yields one record per process, with the file XML and the paired sidecar', async () => {
    const two = bpmnDocument(straightProcess('B1', ['T1']) + straightProcess('B2', ['T2']));
    const a = await write('permits.bpmn', bpmnDocument(straightProcess('A', ['TA'])));
    await write('permits.process.json', sidecar);
    await write('vehicles.bpmn', two);
    const { records, rejects } = await collect(readExports([a.replace(/permits\.bpmn$/, '')]));
    expect(rejects).toEqual([]);
    expect(records.map((r) => [r.file, r.line, r.kind, r.format, r.fields['process_id']])).toEqual([
      ['permits.bpmn', 1, 'work_process', 'bpmn', 'A'],
      ['vehicles.bpmn', 1, 'work_process', 'bpmn', 'B1'],
      ['vehicles.bpmn', 2, 'work_process', 'bpmn', 'B2'],
    ]);
    expect(records[0]?.fields['sidecar']).toBe(sidecar);
    expect(records[1]?.fields['bpmn']).toBe(two);
    expect(Object.hasOwn(records[1]?.fields ?? {}, 'sidecar')).toBe(false);
  });

  it('rejects a sidecar without its BPMN file, and reads on', async () => {
    const orphan = await write('lost.process.json', sidecar);
    const good = await write('good.bpmn', bpmnDocument(straightProcess('G', ['TG'])));
    const { records, rejects } = await collect(readExports([orphan, good]));
    expect(rejects).toEqual([
      {
        file: 'lost.process.json',
        line: 0,
        reason: 'work-process sidecar without its BPMN file lost.bpmn',
      },
    ]);
    expect(records.map((r) => r.fields['process_id'])).toEqual(['G']);
  });

  it('rejects a whole file that is not well-formed XML or not BPMN', async () => {
    const broken = await write(
      'broken.bpmn',
      bpmnDocument(straightProcess('X', ['T'])).slice(0, -20),
    );
    const foreign = await write(
      'foreign.bpmn',
      '<definitions xmlns="urn:x"><process id="P"/></definitions>',
    );
    const empty = await write('empty.bpmn', bpmnDocument('<collaboration id="C"/>'));
    const { records, rejects } = await collect(readExports([broken, foreign, empty]));
    expect(records).toEqual([]);
    expect(rejects.map((r) => [r.file, r.line])).toEqual([
      ['broken.bpmn', 0],
      ['foreign.bpmn', 0],
      ['empty.bpmn', 0],
    ]);
    expect(rejects[0]?.reason).toMatch(/^not well-formed XML: .* \(line 2\)$/s);
    expect(rejects[1]?.reason).toMatch(/^not BPMN 2\.0: the root element must be <definitions>/);
    expect(rejects[2]?.reason).toBe('no bpmn:process in the file');
  });

  it('recognises .bpmn as work_process and refuses another --source for it', () => {
    expect(kindFromFileName('data/work_process/permits.bpmn')).toBe('work_process');
    expect(detectSource('x.BPMN')).toEqual({
      kind: 'work_process',
      format: 'bpmn',
      detectedBy: 'file-name',
    });
    expect(() => detectSource('x.bpmn', undefined, { source: 'info_list' })).toThrow(
      /BPMN files are work_process/,
    );
  });
});
