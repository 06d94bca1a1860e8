// Encoders for the three export formats, with the per-file variations the city's files show.
// Each encoder yields text piece by piece (begin, one row at a time, end) so writers can stream.
import type { SourceFormat, SourceKind } from '../../mappings/types.ts';
import { COLUMNS, headerNames, type ExportRow } from './columns.ts';

export interface FileStyle {
  readonly format: SourceFormat;
  /** CSV: start with a UTF-8 byte-order mark. */
  readonly bom?: boolean;
  /** CSV: quote every field, not only those that need it. */
  readonly quoteAll?: boolean;
  /** info_list: the older column spellings (`trck_card_nm`, `dept_nm`, …). */
  readonly legacyNames?: boolean;
  /** JSON: write non-ASCII characters as `\uXXXX` (upper- or lower-case hex) and `/` as `\/`. */
  readonly asciiEscape?: 'upper' | 'lower';
  /** XML: numeric character references in hexadecimal (`&#xAC00;`) or decimal (`&#44032;`). */
  readonly references?: 'hex' | 'decimal';
}

export interface ExportEncoder {
  begin(): string;
  row(row: ExportRow, index: number): string;
  end(): string;
}

const CSV_NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string, quoteAll = false): string {
  return quoteAll || CSV_NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record, CRLF-terminated (RFC 4180); fields may contain quoted line breaks. */
export function csvRecord(values: readonly string[], quoteAll = false): string {
  return `${values.map((value) => csvField(value, quoteAll)).join(',')}\r\n`;
}

/**
 * An escaper of non-ASCII characters by UTF-16 unit (JSON `\\u`) or by code point (XML
 * references), its spellings cached: exports repeat the same few thousand syllables.
 */
function nonAsciiEscaper(spell: (code: number) => string, byCodePoint: boolean) {
  const cache = new Map<number, string>();
  return (text: string): string => {
    let out = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const code = byCodePoint ? (text.codePointAt(i) ?? 0) : text.charCodeAt(i);
      if (code < 0x80) continue;
      let escaped = cache.get(code);
      if (escaped === undefined) {
        escaped = spell(code);
        cache.set(code, escaped);
      }
      out += text.slice(start, i) + escaped;
      start = i + (code > 0xffff ? 2 : 1);
      i = start - 1;
    }
    return start === 0 ? text : out + text.slice(start);
  };
}

const hex4 = (code: number): string => code.toString(16).padStart(4, '0');
const JSON_ESCAPERS = {
  upper: nonAsciiEscaper((code) => `\\u${hex4(code).toUpperCase()}`, false),
  lower: nonAsciiEscaper((code) => `\\u${hex4(code)}`, false),
};
const XML_ESCAPERS = {
  hex: nonAsciiEscaper((code) => `&#x${code.toString(16).toUpperCase()};`, true),
  decimal: nonAsciiEscaper((code) => `&#${code};`, true),
};

function jsonString(value: string, style: FileStyle): string {
  const plain = JSON.stringify(value);
  if (style.asciiEscape === undefined) return plain;
  return JSON_ESCAPERS[style.asciiEscape](plain).replaceAll('/', '\\/');
}

/** XML text content: markup characters escaped, every non-ASCII character as a reference. */
export function xmlText(value: string, references: 'hex' | 'decimal'): string {
  const marked = /[&<>]/.test(value)
    ? value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    : value;
  return XML_ESCAPERS[references](marked);
}

export function createEncoder(kind: SourceKind, style: FileStyle): ExportEncoder {
  const columns = COLUMNS[kind];
  const names = headerNames(kind, style.legacyNames === true);
  const valuesOf = (row: ExportRow): string[] => columns.map((column) => row[column] ?? '');
  switch (style.format) {
    case 'csv':
      return {
        begin: () => (style.bom === true ? '\uFEFF' : '') + csvRecord(names, style.quoteAll),
        row: (row) => csvRecord(valuesOf(row), style.quoteAll),
        end: () => '',
      };
    case 'json':
      return {
        begin: () => '[\n',
        row: (row, index) => {
          const members = valuesOf(row).map(
            (value, i) => `${jsonString(names[i] ?? '', style)}:${jsonString(value, style)}`,
          );
          return `${index > 0 ? ',\n' : ''}{${members.join(',')}}`;
        },
        end: () => '\n]\n',
      };
    case 'xml': {
      const references = style.references ?? 'hex';
      return {
        begin: () => '<?xml version="1.0" encoding="UTF-8"?>\n<data>\n',
        row: (row, index) => {
          const fields = valuesOf(row).map((value, i) => {
            const name = names[i] ?? '';
            return value === '' ? `<${name}/>` : `<${name}>${xmlText(value, references)}</${name}>`;
          });
          return `<Document${index}>\n${fields.map((field) => `  ${field}\n`).join('')}</Document${index}>\n`;
        },
        end: () => '</data>\n',
      };
    }
    case 'bpmn':
      throw new Error('BPMN files are not row exports: see src/generate/processes/');
  }
}

/** A whole small file as one string (samples and tests; the generator streams instead). */
export function encodeAll(kind: SourceKind, style: FileStyle, rows: readonly ExportRow[]): string {
  const encoder = createEncoder(kind, style);
  return encoder.begin() + rows.map((row, i) => encoder.row(row, i)).join('') + encoder.end();
}
