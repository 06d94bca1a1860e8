// Test helper: decodes an export with the libraries the readers use, back to rows of strings.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { SourceFormat } from '../../mappings/types.ts';

export interface ParsedExport {
  readonly header: readonly string[];
  readonly rows: readonly Record<string, string>[];
}

const xml = new XMLParser({
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
});

export function parseExport(text: string, format: SourceFormat): ParsedExport {
  switch (format) {
    case 'csv': {
      const records: string[][] = parseCsv(text, { bom: true });
      const [header = [], ...body] = records;
      const rows = body.map((values) =>
        Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])),
      );
      return { header, rows };
    }
    case 'json': {
      const rows = JSON.parse(text) as Record<string, string>[];
      return { header: Object.keys(rows[0] ?? {}), rows };
    }
    case 'xml': {
      const parsed = xml.parse(text) as { data?: Record<string, unknown> };
      const documents = Object.entries(parsed.data ?? {})
        .filter(([name]) => /^Document\d+$/.test(name))
        .map(([, value]) => value as Record<string, string>);
      const rows = documents.map((doc) =>
        Object.fromEntries(Object.entries(doc).filter(([name]) => name !== '#text')),
      );
      return { header: Object.keys(rows[0] ?? {}), rows };
    }
    case 'bpmn':
      throw new Error('BPMN files are not row exports');
  }
}

export function formatOf(path: string): SourceFormat {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  if (ext === 'csv' || ext === 'json' || ext === 'xml') return ext;
  throw new Error(`not an export: ${path}`);
}
