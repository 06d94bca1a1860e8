// Decodes a CSV export (RFC 4180, UTF-8 with or without BOM) into header and rows, streaming.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { CsvError, parse, type Info } from 'csv-parse';
import type { DecodedItem } from './decoded.ts';
import { SourceFileError, asSourceFileError } from './errors.ts';
import { utf8Check } from './utf8.ts';

/** About 1 MB: no real row comes near it; an unclosed quote would otherwise swallow the file. */
const MAX_RECORD_SIZE = 1 << 20;

const LINE_BREAK = /\r\n|\r|\n/g;

interface ParsedRecord {
  readonly record: string[];
  readonly info: Info;
}

function countLineBreaks(values: readonly string[]): number {
  let count = 0;
  for (const value of values) count += value.match(LINE_BREAK)?.length ?? 0;
  return count;
}

/** Unnamed columns (a trailing comma in the header) still need a name to be kept under. */
function nameColumns(header: readonly string[]): string[] {
  return header.map((name, index) => (name.trim() === '' ? `column_${index + 1}` : name));
}

/**
 * Streams the rows of a CSV file. `line` is the line a row starts on, counted here rather than
 * taken from csv-parse: its `info.lines` is the line a record ends on, and it counts a CRLF inside
 * a quoted field as two lines. Empty lines are skipped but counted.
 */
export async function* readCsv(path: string): AsyncGenerator<DecodedItem> {
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    // A stray quote inside an unquoted field is kept as text instead of failing the whole file.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_SIZE,
  });
  const records = pipeline(createReadStream(path), utf8Check(path), parser, () => {
    // errors surface through the iteration below
  });
  let header: string[] | undefined;
  let nextLine = 1;
  let emptyLinesSeen = 0;
  try {
    for await (const chunk of records as AsyncIterable<ParsedRecord>) {
      const { record, info } = chunk;
      const line = nextLine + (info.empty_lines - emptyLinesSeen);
      emptyLinesSeen = info.empty_lines;
      nextLine = line + countLineBreaks(record) + 1;
      if (header === undefined) {
        header = nameColumns(record);
        yield { type: 'header', names: header };
      } else if (record.length !== header.length) {
        const reason = `expected ${header.length} columns, found ${record.length}`;
        yield { type: 'reject', line, reason };
      } else {
        const names = header;
        yield { type: 'row', line, entries: record.map((value, i) => [names[i] ?? '', value]) };
      }
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = nextLine + (Number(error['empty_lines'] ?? emptyLinesSeen) - emptyLinesSeen);
      const reason = `invalid CSV in the row starting at line ${line}: ${error.message}`;
      throw new SourceFileError(path, reason, { line, cause: error });
    }
    throw asSourceFileError(path, error);
  } finally {
    records.destroy();
  }
  if (header === undefined) throw new SourceFileError(path, 'empty file: no header row');
}
