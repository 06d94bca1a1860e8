// Validates one process record (the BPMN file's XML, the process id, the sidecar's text) into a
// checked model: every broken reference and sidecar problem is a FieldError, all at once.
import { labelNotation } from '../../src/vocab/iri.ts';
import { FieldError } from '../parse/fields.ts';
import { BpmnFileError, parseBpmnDocument } from './bpmn-document.ts';
import { processesOf, readProcess, type ProcessModel } from './process-model.ts';
import { parseSidecar, pointer, type ProcessLinks } from './sidecar.ts';
import { orderSteps, type StepOrder } from './step-order.ts';

export interface WorkProcessRecord {
  readonly key: string;
  readonly model: ProcessModel;
  readonly order: StepOrder;
  /** The sidecar's entry for this process; undefined when unlinked. */
  readonly links?: ProcessLinks;
  /** Why the process is unlinked, or what the sidecar said that was ignored (field, message). */
  readonly remarks: readonly (readonly [field: string, message: string])[];
}

const SAFE = /^[A-Za-z0-9._~-]+$/;

/**
 * The IRI key of a BPMN id: the id itself when it is IRI-safe (modellers' ids such as
 * `Process_1x2y3z`, `sid-4F2A…`, `Activity_0abc` are), else `x-` and a hash of it (an NCName may
 * hold any letter, e.g. Korean).
 */
export function bpmnKey(id: string): string {
  return SAFE.test(id) ? id : `x-${labelNotation(id)}`;
}

function sidecarLinks(
  text: string,
  processId: string,
  model: ProcessModel,
  processIds: readonly string[],
): { links?: ProcessLinks; errors: FieldError[]; remarks: [string, string][] } {
  const { sidecar, errors } = parseSidecar(text);
  const own = pointer('processes', processId);
  const mine = (e: FieldError): boolean =>
    !e.field.startsWith('sidecar#/processes/') ||
    e.field === `sidecar#${own}` ||
    e.field.startsWith(`sidecar#${own}/`);
  if (sidecar === undefined) return { errors: errors.filter(mine), remarks: [] };
  const remarks: [string, string][] = [];
  for (const id of Object.keys(sidecar.processes))
    if (!processIds.includes(id))
      remarks.push([
        `sidecar#${pointer('processes', id)}`,
        'names no process of the BPMN file; ignored',
      ]);
  const links = sidecar.processes[processId];
  if (links === undefined) {
    remarks.push(['sidecar', `unlinked: the sidecar has no entry for process ${processId}`]);
    return { errors: [], remarks };
  }
  const nodeIds = new Set(model.nodes.map((n) => n.id));
  const stepErrors = Object.keys(links.steps ?? {})
    .filter((id) => !nodeIds.has(id))
    .map(
      (id) =>
        new FieldError(
          `sidecar#${pointer('processes', processId, 'steps', id)}`,
          `names no flow node of process ${processId}`,
        ),
    );
  return { links, errors: stepErrors, remarks };
}

export function parseWorkProcess(
  processId: string,
  xml: string,
  sidecarText: string | undefined,
): { record?: WorkProcessRecord; errors: FieldError[] } {
  if (processId.trim() === '') return { errors: [new FieldError('process_id', 'is empty')] };
  let doc;
  try {
    doc = parseBpmnDocument(xml);
  } catch (error) {
    if (!(error instanceof BpmnFileError)) throw error;
    return { errors: [new FieldError('bpmn', error.reason)] };
  }
  const processes = processesOf(doc);
  const process = processes.find((p) => p.id === processId);
  if (process === undefined)
    return {
      errors: [new FieldError('process_id', `no bpmn:process with id "${processId}" in the file`)],
    };
  const { model, errors } = readProcess(doc, process);
  const remarks: [string, string][] = [];
  let links: ProcessLinks | undefined;
  if (sidecarText === undefined || sidecarText.trim() === '') {
    remarks.push(['sidecar', 'unlinked: no sidecar']);
  } else {
    const found = sidecarLinks(
      sidecarText,
      processId,
      model,
      processes.map((p) => p.id ?? ''),
    );
    errors.push(...found.errors);
    remarks.push(...found.remarks);
    links = found.links;
  }
  if (errors.length > 0) return { errors };
  const record: WorkProcessRecord = {
    key: bpmnKey(processId),
    model,
    order: orderSteps(model),
    ...(links === undefined ? {} : { links }),
    remarks,
  };
  return { record, errors: [] };
}
