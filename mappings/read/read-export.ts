// Reads export files: recognises each one, decodes it, folds its columns to canonical names.
import { basename } from 'node:path';
import type { ReadItem, Reject, SourceFormat, SourceKind } from '../types.ts';
import {
  KEY_COLUMN,
  canonicalColumnName,
  foldFields,
  planColumns,
  type ColumnPlan,
} from './columns.ts';
import type { DecodedHeader, DecodedItem } from './decoded.ts';
import { detectSource, formatOf, kindFromFileName } from './detect.ts';
import { SourceFileError, asSourceFileError } from './errors.ts';
import { fileFields } from './file-fields.ts';
import { listExportFiles } from './list-files.ts';
import { checkSidecarAlone, isProcessSidecar, readBpmn } from './read-bpmn.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { readMeetingJson } from './read-meeting-json.ts';
import { readXml } from './read-xml.ts';

/** Something about a file's columns worth telling, though nothing is rejected for it. */
export interface ReadNotice {
  readonly code: 'UNKNOWN_COLUMNS' | 'MISSING_COLUMNS' | 'DUPLICATE_COLUMNS';
  readonly file: string;
  /** Always 0: notices are about the whole file. */
  readonly line: 0;
  /** The columns concerned, comma-separated. */
  readonly field: string;
  readonly message: string;
}

export interface ReadOptions {
  /** `--source NAME`: the kind of every file read, whatever its name or columns. */
  readonly source?: SourceKind | undefined;
  /** Receives column notices, at most one of each code per file. */
  readonly onNotice?: ((notice: ReadNotice) => void) | undefined;
}

const DECODERS: Readonly<Record<SourceFormat, (path: string) => AsyncGenerator<DecodedItem>>> = {
  csv: readCsv,
  json: readJson,
  xml: readXml,
  bpmn: readBpmn,
};

type Decoder = (path: string) => AsyncGenerator<DecodedItem>;

/** Kinds whose records are structured documents, not rows: decoded by their own reader. */
const STRUCTURED_DECODERS: Readonly<Partial<Record<SourceKind, Decoder>>> = {
  meeting_minutes: readMeetingJson,
};

/** The structured decoder of a kind named by --source or the file name, if it has one. */
function structuredDecoder(kind: SourceKind | undefined): Decoder | undefined {
  return kind === undefined ? undefined : STRUCTURED_DECODERS[kind];
}

function noticesFor(file: string, kind: SourceKind, plan: ColumnPlan): ReadNotice[] {
  const notices: ReadNotice[] = [];
  const add = (code: ReadNotice['code'], columns: readonly string[], message: string): void => {
    if (columns.length > 0)
      notices.push({ code, file, line: 0, field: columns.join(', '), message });
  };
  add('UNKNOWN_COLUMNS', plan.unknown, `columns not defined for ${kind} are kept as they are`);
  add('MISSING_COLUMNS', plan.missing, `columns of ${kind} absent from the file`);
  add(
    'DUPLICATE_COLUMNS',
    plan.duplicated,
    'columns given twice (older and current spelling); the first is kept',
  );
  return notices;
}

interface FilePlan {
  readonly kind: SourceKind;
  readonly plan: ColumnPlan;
  /** Fields the file states once (the budget phase), added to rows that lack them. */
  readonly perFile: Readonly<Record<string, string>>;
}

/** Runs a step whose failure concerns the whole file. */
function forFile<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw asSourceFileError(path, error);
  }
}

function planFile(path: string, header: DecodedHeader, options: ReadOptions): FilePlan {
  const { kind } = detectSource(path, header.names, options);
  const columns = header.names.map((name) => canonicalColumnName(kind, name));
  const perFile = fileFields(kind, path, columns, header.head ?? {});
  const plan = planColumns(kind, [...header.names, ...Object.keys(perFile)]);
  if (header.names.length === 0) return { kind, plan, perFile }; // no records: nothing to check
  if (!plan.keyColumnPresent) {
    const key = KEY_COLUMN[kind];
    const columns = header.names.join(', ');
    throw new SourceFileError(path, `missing key column ${key} (columns: ${columns})`, {
      line: 0,
      field: key,
    });
  }
  for (const notice of noticesFor(basename(path), kind, plan)) options.onNotice?.(notice);
  return { kind, plan, perFile };
}

async function firstHeader(items: AsyncGenerator<DecodedItem>): Promise<DecodedHeader> {
  const first = await items.next();
  if (first.done === true || first.value.type !== 'header') {
    throw new Error('a format reader must yield the header first');
  }
  return first.value;
}

/**
 * Yields the records and row rejects of one export file. A file-level problem (unreadable,
 * unrecognised, not UTF-8, invalid JSON/XML/CSV, missing key column) is thrown as a SourceFileError;
 * for a CSV that breaks mid-file, the rows before the break have already been yielded.
 */
export async function* readExport(
  path: string,
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  const file = basename(path);
  if (isProcessSidecar(path)) {
    await checkSidecarAlone(path); // else it is read with its BPMN file
    return;
  }
  const format = forFile(path, () => formatOf(path));
  const named = structuredDecoder(options.source ?? kindFromFileName(path));
  let items = (named ?? DECODERS[format])(path);
  try {
    let header = await firstHeader(items);
    // Recognised only by its keys (e.g. `meeting_id`): decode again with the structured reader.
    const late =
      named === undefined
        ? structuredDecoder(forFile(path, () => detectSource(path, header.names, options)).kind)
        : undefined;
    if (late !== undefined) {
      await items.return(undefined);
      items = late(path);
      header = await firstHeader(items);
    }
    const { kind, plan, perFile } = forFile(path, () => planFile(path, header, options));
    const key = KEY_COLUMN[kind];
    let elements = 0;
    for await (const item of items) {
      if (item.type === 'header') continue;
      elements++;
      if (item.type === 'reject') {
        const { line, reason, field } = item;
        const reject = { file, line, reason, ...(field === undefined ? {} : { field }) };
        yield { type: 'reject', reject };
        continue;
      }
      const fields = { ...perFile, ...foldFields(kind, plan, item.entries) };
      if (!Object.hasOwn(fields, key)) {
        const reject = { file, line: item.line, field: key, reason: `record has no ${key}` };
        yield { type: 'reject', reject };
        continue;
      }
      yield { type: 'record', record: { kind, format, file, line: item.line, fields } };
    }
    const mismatch = countMismatch(header.head?.['list_total_count'], elements);
    if (mismatch !== undefined) {
      yield {
        type: 'reject',
        reject: { file, line: 0, field: 'list_total_count', reason: mismatch },
      };
    }
  } finally {
    await items.return(undefined);
  }
}

/**
 * An envelope whose head's `list_total_count` disagrees with the records it holds was cut short or
 * padded: the records present are read, and the difference is reported as a file-level reject.
 */
function countMismatch(declared: string | undefined, found: number): string | undefined {
  if (declared === undefined) return undefined;
  if (!/^\d+$/.test(declared.trim())) {
    return `envelope head list_total_count ${JSON.stringify(declared)} is not a count`;
  }
  const count = Number(declared);
  if (count === found) return undefined;
  return `envelope head declares ${count} records but the file holds ${found} (the ${found} were read)`;
}

/** A file-level error as a whole-file reject (line 0). */
export function fileReject(error: SourceFileError): Reject {
  return {
    file: error.file,
    line: 0,
    reason: error.reason,
    ...(error.field === undefined ? {} : { field: error.field }),
  };
}

/**
 * Reads many files and directories (see listExportFiles); a file that cannot be read becomes one
 * line-0 reject and the next file is read.
 */
export async function* readExports(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  for (const path of await listExportFiles(paths)) {
    try {
      yield* readExport(path, options);
    } catch (error) {
      if (!(error instanceof SourceFileError)) throw error;
      yield { type: 'reject', reject: fileReject(error) };
    }
  }
}
