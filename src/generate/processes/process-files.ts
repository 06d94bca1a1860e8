// The work-process exports: one BPMN file per spine process in the three modeller dialects, most
// with a JSON sidecar; a bad file for data/_bad/; and any number of copies for `plaza generate`.
import { CITY_PROCESSES, type CityProcess } from '../city/index.ts';
import { processGraph, type Dialect } from './process-graph.ts';
import { planProcess } from './process-plan.ts';
import { renderBpmn } from './render-bpmn.ts';
import { renderSidecar } from './sidecar-json.ts';

/** A file written as it is (structured sources: BPMN, JSON documents). */
export interface DocumentFile {
  /** Path under the output directory (data/). */
  readonly path: string;
  readonly text: string;
}

const DIALECTS: readonly Dialect[] = ['camunda', 'bpmnio', 'signavio'];

/** The spine process left without a sidecar: ingested, reported as unlinked. */
export const UNLINKED_PROCESS = 'PROC-08';

function processFiles(source: CityProcess, index: number, id: string, withSidecar: boolean) {
  const graph = processGraph(
    planProcess(source, id),
    DIALECTS[index % DIALECTS.length] ?? 'camunda',
  );
  const stem = `work_process/${id.toLowerCase()}`;
  const files: DocumentFile[] = [{ path: `${stem}.bpmn`, text: renderBpmn(graph) }];
  if (withSidecar) files.push({ path: `${stem}.process.json`, text: renderSidecar(graph) });
  return files;
}

/** data/work_process/: every spine process once. */
export function sampleProcessFiles(): DocumentFile[] {
  return CITY_PROCESSES.flatMap((p, i) => processFiles(p, i, p.id, p.id !== UNLINKED_PROCESS));
}

/**
 * `count` process files for benchmarks: the spine processes first, then numbered copies
 * (`PROC-01-0002`) linked to the same initiatives.
 */
export function generatedProcessFiles(count: number): DocumentFile[] {
  const files: DocumentFile[] = [];
  for (let n = 0; n < count; n++) {
    const source = CITY_PROCESSES[n % CITY_PROCESSES.length];
    if (!source) break;
    const round = Math.floor(n / CITY_PROCESSES.length);
    const id = round === 0 ? source.id : `${source.id}-${String(round + 1).padStart(4, '0')}`;
    files.push(...processFiles(source, n, id, true));
  }
  return files;
}

/** The flow of the bad sample whose target is missing, and the id it names. */
export const BAD_PROCESS = { good: 'PROC-90', bad: 'PROC-91', missingTarget: 'sid-MISSING-TASK' };

/**
 * data/_bad/: one Signavio file holding a sound process and one whose first flow leads to an
 * element that does not exist (rejected with the flow id; the sound process is still ingested).
 */
export function badProcessFile(): DocumentFile {
  const source = CITY_PROCESSES[0];
  if (!source) throw new Error('the spine has no process');
  const block = (id: string): string => {
    const xml = renderBpmn(processGraph(planProcess(source, id), 'signavio'));
    const m = /<bpmn2:process [\s\S]*<\/bpmn2:process>\n/.exec(xml);
    return m?.[0] ?? '';
  };
  const broken = block(BAD_PROCESS.bad).replace(
    /(<bpmn2:sequenceFlow id="[^"]+" sourceRef="[^"]+" targetRef=")[^"]+"/,
    `$1${BAD_PROCESS.missingTarget}"`,
  );
  const text =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<bpmn2:definitions xmlns:bpmn2="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:signavio="http://www.signavio.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="sid-bad-sample" targetNamespace="http://www.signavio.com">\n' +
    block(BAD_PROCESS.good) +
    broken +
    '</bpmn2:definitions>\n';
  return { path: '_bad/work_process_broken_flow.bpmn', text };
}
