// Decodes a JSON export (an array of objects, bare or in an envelope) into header and rows.
import { readFile, stat } from 'node:fs/promises';
import type { DecodedItem } from './decoded.ts';
import { SourceFileError, asSourceFileError } from './errors.ts';
import { decodeUtf8 } from './utf8.ts';

/**
 * The whole file is parsed in memory. Exports are split at 50k rows (a few tens of MB); beyond
 * this a streaming JSON parser would be needed, so larger files are refused with a clear message.
 */
export const MAX_JSON_BYTES = 200 * 1024 * 1024;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

function invalidJson(path: string, text: string, error: unknown): SourceFileError {
  const message = error instanceof Error ? error.message : String(error);
  const offset =
    /at position (\d+)/.exec(message)?.[1] ??
    (/end of JSON/.test(message) ? text.length : undefined);
  if (offset === undefined) {
    return new SourceFileError(path, `invalid JSON: ${message}`, { cause: error });
  }
  const { line, column } = lineAndColumn(text, Number(offset));
  return new SourceFileError(path, `invalid JSON at line ${line}, column ${column}: ${message}`, {
    line,
    column,
    cause: error,
  });
}

/**
 * The record array: the document itself, or the one array in `{"DATA":[…]}`, or the rows of the
 * local-finance envelope `{"<SERVICE>":[{"head":[…]},{"row":[…]}]}` / `{"<SERVICE>":{"row":[…]}}`.
 */
function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function recordArray(document: unknown): unknown[] | undefined {
  if (isArray(document)) return document;
  if (!isObject(document)) return undefined;
  const values = Object.values(document);
  const only = values.length === 1 ? values[0] : undefined;
  if (isObject(only) && isArray(only['row'])) return only['row'];
  if (!isArray(only)) return undefined;
  if (!only.some((part) => isObject(part) && 'head' in part)) return only;
  const rows = only.find((part) => isObject(part) && 'row' in part);
  return isObject(rows) && isArray(rows['row']) ? rows['row'] : [];
}

/** The envelope's `head` entries, flattened: `[{"list_total_count":3},{"RESULT":{…}}]`. */
function envelopeHead(document: unknown): Record<string, string> {
  if (!isObject(document)) return {};
  const [only] = Object.values(document);
  const head = isArray(only) ? only.find((part) => isObject(part) && 'head' in part) : undefined;
  const entries = isObject(head) && isArray(head['head']) ? head['head'] : [];
  const flat: Record<string, string> = {};
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    for (const [name, value] of Object.entries(entry)) {
      if (typeof value === 'string' || typeof value === 'number') flat[name] = String(value);
    }
  }
  return flat;
}

type FieldValue = { value: string } | { problem: string };

function fieldValue(value: unknown): FieldValue {
  if (typeof value === 'string') return { value };
  if (value === null) return { value: '' };
  if (typeof value === 'boolean') return { value: String(value) };
  if (typeof value === 'number') {
    // JSON.parse has already rounded it; refuse rather than store a different id.
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return { problem: `number ${value} is too large to be exact; it must be a string` };
    }
    return { value: String(value) };
  }
  return { problem: `holds ${Array.isArray(value) ? 'an array' : 'an object'}, not a value` };
}

function decodeElement(element: unknown, position: number): DecodedItem {
  if (!isObject(element)) {
    const found = element === null ? 'null' : isArray(element) ? 'an array' : typeof element;
    return {
      type: 'reject',
      line: position,
      reason: `element ${position} is ${found}, not an object`,
    };
  }
  const entries: [string, string][] = [];
  for (const [name, raw] of Object.entries(element)) {
    const decoded = fieldValue(raw);
    if ('problem' in decoded) {
      return { type: 'reject', line: position, field: name, reason: `${name} ${decoded.problem}` };
    }
    entries.push([name, decoded.value]);
  }
  return { type: 'row', line: position, entries };
}

/** Reads and parses a whole JSON file (size-capped, UTF-8 checked); errors concern the file. */
export async function loadJsonDocument(path: string): Promise<unknown> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_JSON_BYTES) {
      throw new SourceFileError(
        path,
        `${size} bytes is more than the JSON reader's limit of ${MAX_JSON_BYTES}; split the file`,
      );
    }
    text = decodeUtf8(path, await readFile(path));
  } catch (error) {
    throw asSourceFileError(path, error);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw invalidJson(path, text, error);
  }
  return document;
}

/** Reads a JSON file; `line` of each row is its 1-based position in the record array. */
export async function* readJson(path: string): AsyncGenerator<DecodedItem> {
  const document = await loadJsonDocument(path);
  const elements = recordArray(document);
  if (elements === undefined) {
    throw new SourceFileError(
      path,
      'expected an array of objects (bare, or as the one value of an object)',
    );
  }
  const names = new Set<string>();
  for (const element of elements) {
    if (isObject(element)) for (const name of Object.keys(element)) names.add(name);
  }
  yield { type: 'header', names: [...names], head: envelopeHead(document) };
  for (const [index, element] of elements.entries()) yield decodeElement(element, index + 1);
}
