// Decodes a BPMN 2.0 file (work processes) into one row per bpmn:process, each carrying the whole
// file's XML and the text of its JSON sidecar `<name>.process.json`, when there is one.
import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BpmnFileError, parseBpmnDocument, type BpmnDocument } from '../process/bpmn-document.ts';
import { processesOf } from '../process/process-model.ts';
import type { DecodedItem } from './decoded.ts';
import { SourceFileError, asSourceFileError } from './errors.ts';
import { decodeUtf8 } from './utf8.ts';

const SIDECAR_SUFFIX = '.process.json';

/** Whether a path names a work-process sidecar (`<name>.process.json`). */
export function isProcessSidecar(path: string): boolean {
  return basename(path).toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** The sidecar path of a BPMN file: `a/b.bpmn` → `a/b.process.json`. */
export function sidecarPathOf(bpmnPath: string): string {
  return join(dirname(bpmnPath), `${basename(bpmnPath).replace(/\.bpmn$/i, '')}${SIDECAR_SUFFIX}`);
}

/** The BPMN path a sidecar belongs to: `a/b.process.json` → `a/b.bpmn`. */
export function bpmnPathOf(sidecarPath: string): string {
  const name = basename(sidecarPath);
  return join(dirname(sidecarPath), `${name.slice(0, name.length - SIDECAR_SUFFIX.length)}.bpmn`);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function readText(path: string): Promise<string> {
  try {
    return decodeUtf8(path, await readFile(path));
  } catch (error) {
    throw asSourceFileError(path, error);
  }
}

export async function* readBpmn(path: string): AsyncGenerator<DecodedItem> {
  const xml = await readText(path);
  let doc: BpmnDocument;
  try {
    doc = parseBpmnDocument(xml);
  } catch (error) {
    if (!(error instanceof BpmnFileError)) throw error;
    throw new SourceFileError(path, error.reason, { line: error.line, cause: error });
  }
  const processIds = processesOf(doc).map((p) => p.id ?? '');
  if (processIds.length === 0) {
    const why = doc.warnings.map((w) => w.message.replace(/\s+/g, ' ')).join('; ');
    throw new SourceFileError(path, `no bpmn:process in the file${why === '' ? '' : ` (${why})`}`);
  }
  const sidecarPath = sidecarPathOf(path);
  const sidecar = (await exists(sidecarPath)) ? await readText(sidecarPath) : undefined;
  yield { type: 'header', names: ['process_id', 'bpmn', 'sidecar'] };
  for (const [i, id] of processIds.entries()) {
    const entries: [string, string][] = [
      ['process_id', id],
      ['bpmn', xml],
    ];
    if (sidecar !== undefined) entries.push(['sidecar', sidecar]);
    yield { type: 'row', line: i + 1, entries };
  }
}

/**
 * A sidecar is read with its BPMN file; alone, it is a file-level error. Yields nothing when the
 * BPMN file is there (listing a directory names both).
 */
export async function checkSidecarAlone(path: string): Promise<void> {
  const bpmn = bpmnPathOf(path);
  if (!(await exists(bpmn)))
    throw new SourceFileError(path, `work-process sidecar without its BPMN file ${basename(bpmn)}`);
}
