// Recognises an export: its format from the extension, its source kind from the name or columns.
import { basename, extname } from 'node:path';
import { SOURCE_KINDS, type SourceFormat, type SourceKind } from '../types.ts';
import { normaliseColumnName } from './columns.ts';
import { UnrecognisedSourceError } from './errors.ts';

export interface DetectedSource {
  readonly kind: SourceKind;
  readonly format: SourceFormat;
  /** What decided the kind, for logs. */
  readonly detectedBy: 'option' | 'file-name' | 'columns';
}

export interface DetectOptions {
  /** An explicit `--source NAME`: wins over the file name and the columns. */
  readonly source?: string | undefined;
}

const FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.xml': 'xml',
  '.bpmn': 'bpmn',
};

export function isSourceKind(name: string): name is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(name);
}

/** The format from the extension (case-insensitive), or undefined for any other extension. */
export function formatFromPath(path: string): SourceFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** The format from the extension; any other extension is an UnrecognisedSourceError. */
export function formatOf(path: string): SourceFormat {
  const format = formatFromPath(path);
  if (format !== undefined) return format;
  throw new UnrecognisedSourceError(path, [
    `extension "${extname(path)}" (expected .csv, .json, .xml or .bpmn)`,
  ]);
}

/**
 * The kind named in a file name: `20240101_20240107_info_list.csv`, `info_list.csv` and
 * `seoul_info_list_2024.json` all name `info_list`; a `.bpmn` file is `work_process`. Undefined when
 * none or several kinds appear.
 */
export function kindFromFileName(path: string): SourceKind | undefined {
  if (formatFromPath(path) === 'bpmn') return 'work_process';
  const stem = basename(path, extname(path)).toLowerCase();
  const named = SOURCE_KINDS.filter((kind) =>
    new RegExp(`(?:^|[^a-z0-9])${kind}(?:[^a-z0-9]|$)`).test(stem),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** The kind whose telltale columns a header has; names are normalised first. */
export function kindFromColumns(headerFields: readonly string[]): SourceKind | undefined {
  const has = new Set(headerFields.map(normaliseColumnName));
  if (has.has('package_id')) return 'info_list';
  if (has.has('org_code')) return 'org_chart';
  if (has.has('meeting_id')) return 'meeting_minutes';
  if (has.has('parent_id') && has.has('level') && has.has('name_ko')) return 'policy_list';
  if (has.has('detail_bsns_code') && has.has('accnut_year')) return 'budget_list';
  if (!has.has('nid')) return undefined;
  if (has.has('exec_amount') || has.has('dept_nm_lvl_1')) return 'expense_list';
  if (has.has('job_se') || has.has('isbn')) return 'research_list';
  if (has.has('taxonomy') || has.has('regist_dt')) return 'public_list';
  return undefined;
}

/**
 * Recognises a file: format from the extension; kind from `options.source`, else the file name,
 * else the header fields (CSV header, or the keys of JSON/XML records) when given.
 */
export function detectSource(
  path: string,
  headerFields?: readonly string[],
  options: DetectOptions = {},
): DetectedSource {
  const format = formatOf(path);
  if (format === 'bpmn' && options.source !== undefined && options.source !== 'work_process') {
    throw new UnrecognisedSourceError(path, [
      `--source "${options.source}" for a .bpmn file (BPMN files are work_process)`,
    ]);
  }
  if (options.source !== undefined) {
    if (!isSourceKind(options.source)) {
      throw new UnrecognisedSourceError(path, [
        `--source "${options.source}" (expected one of ${SOURCE_KINDS.join(', ')})`,
      ]);
    }
    return { kind: options.source, format, detectedBy: 'option' };
  }
  const named = kindFromFileName(path);
  if (named !== undefined) return { kind: named, format, detectedBy: 'file-name' };
  const lookedAt = [`file name "${basename(path)}"`];
  if (headerFields !== undefined) {
    const fromColumns = kindFromColumns(headerFields);
    if (fromColumns !== undefined) return { kind: fromColumns, format, detectedBy: 'columns' };
    lookedAt.push(
      headerFields.length === 0 ? 'no columns (no records)' : `columns: ${headerFields.join(', ')}`,
    );
  }
  throw new UnrecognisedSourceError(path, lookedAt);
}
