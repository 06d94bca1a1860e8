// data/: in sync with the sample builder, parseable, every quirk present, names resolving as documented.
import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS, LEGACY_INFO_LIST_NAMES } from '../../src/generate/index.ts';
import { buildSamples } from '../../src/generate/samples/build-samples.ts';
import { fileQuirks, rowQuirks } from '../../src/generate/samples/quirk-scan.ts';
import { renderReadme } from '../../src/generate/samples/readme.ts';
import { departmentOf, OrgChartIndex, rowDay } from './org-resolver.ts';
import { formatOf, parseExport } from './parse-export.ts';
import { MAPPINGS } from '../../mappings/index.ts';
import { RowError, type FileRow } from '../../mappings/mapping.ts';
import { OrgDirectory, type OrgUnit } from '../../mappings/org/directory.ts';
import { checkHierarchy } from '../../mappings/org/hierarchy.ts';

const samples = buildSamples();
const dataFile = (path: string): Promise<string> =>
  readFile(new URL(`../../data/${path}`, import.meta.url), 'utf8');

describe('data/ sample exports', () => {
  it('are exactly what the sample builder writes (regenerate, never hand-edit)', async () => {
    for (const file of [...samples.files, ...samples.bad, ...samples.documents]) {
      expect({ path: file.path, same: (await dataFile(file.path)) === file.text }).toEqual({
        path: file.path,
        same: true,
      });
    }
    expect(await dataFile('README.md')).toBe(renderReadme(samples));
  });

  it('parse back to their rows, with the canonical or the older column names', () => {
    for (const file of samples.files) {
      const { header, rows } = parseExport(file.text, formatOf(file.name));
      const legacy = COLUMNS[file.kind].map((c) => LEGACY_INFO_LIST_NAMES[c] ?? c);
      expect(header).toEqual(file.style.legacyNames === true ? legacy : COLUMNS[file.kind]);
      const expected = file.rows.map((row) => COLUMNS[file.kind].map((c) => row[c]));
      expect(rows.map((row) => header.map((h) => row[h]))).toEqual(expected);
    }
  });

  it('re-export one info_list week with identical rows, and nothing else twice', () => {
    const csv = samples.files.find((f) => f.name === '20240101_20240107_info_list.csv');
    const json = samples.files.find((f) => f.name === '20240101_20240107_info_list.json');
    expect(json?.rows).toEqual(csv?.rows);
    const ids = samples.files
      .filter((f) => f.kind === 'info_list' && f !== json)
      .flatMap((f) => f.rows.map((r) => r['package_id']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('show every documented quirk at least three times (file-level ones at least once)', () => {
    for (const { quirk, count } of rowQuirks(samples.files))
      expect({ quirk, count: Math.min(count, 3) }).toEqual({ quirk, count: 3 });
    for (const { quirk, count } of fileQuirks(samples.files))
      expect({ quirk, count: Math.min(count, 1) }).toEqual({ quirk, count: 1 });
  });

  it('name departments that resolve, except the documented ambiguous and unknown ones', () => {
    const chartFile = samples.files.find((f) => f.kind === 'org_chart');
    const chart = new OrgChartIndex(chartFile?.rows ?? []);
    const outcomes = new Map<string, string>();
    for (const file of samples.files) {
      for (const row of file.rows) {
        const dept = departmentOf(file.kind, row);
        const day = rowDay(file.kind, row);
        if (!dept || !day) continue;
        const outcome =
          'path' in dept ? chart.resolvePath(dept.path, day) : chart.resolveName(dept.name, day);
        if (outcome !== 'resolved')
          outcomes.set('name' in dept ? dept.name.trim() : dept.path.join('>'), outcome);
      }
    }
    expect(Object.fromEntries(outcomes)).toEqual({
      기획팀: 'ambiguous',
      도시외교추진단: 'unresolved',
    });
  });
});

describe('data/org_chart/org_chart.csv', () => {
  it('is a consistent tree of 7-digit codes, levels 1–4, known types and ISO dates', () => {
    const units = samples.files.find((f) => f.kind === 'org_chart')?.rows ?? [];
    const byCode = new Map(units.map((u) => [u['org_code'], u]));
    expect(byCode.size).toBe(units.length);
    for (const unit of units) {
      expect(unit['org_code']).toMatch(/^\d{7}$/);
      expect(unit['org_type']).toMatch(
        /^(municipality|bureau|division|team|field-office|committee)$/,
      );
      expect(unit['valid_from']).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(unit['valid_to']).toMatch(/^(\d{4}-\d\d-\d\d)?$/);
      const parent = byCode.get(unit['upper_org_code']);
      if (unit['org_level'] === '1') expect(unit['upper_org_code']).toBe('');
      else expect(Number(parent?.['org_level']) + 1).toBe(Number(unit['org_level']));
    }
  });
});

describe('data/_bad/', () => {
  const DEFECT = /^$|^X$|20241399|일부공개|미정/;

  it('holds, at each documented position, the documented defect', () => {
    // org_chart and policy_list defects are about the hierarchy, not one value: they are tested
    // in test/mappings/org-hierarchy.test.ts and test/generate/policy-samples.test.ts.
    for (const bad of samples.bad.filter(
      (b) => b.kind !== 'org_chart' && b.kind !== 'policy_list',
    )) {
      const format = formatOf(bad.name);
      for (const reject of bad.rejects) {
        const where = `${bad.name} ${reject.line}`;
        if (format === 'csv') {
          const { header, values } = csvRecordStartingAt(bad.text, reject.line);
          expect(values.length, where).toBeGreaterThan(0);
          if (reject.field === '') expect(values.length, where).not.toBe(header.length);
          else expect(values[header.indexOf(reject.field)], where).toMatch(DEFECT);
        } else {
          const records =
            format === 'json'
              ? (JSON.parse(bad.text) as unknown[])
              : parseExport(bad.text, 'xml').rows;
          const record = records[reject.line - 1];
          if (reject.field === '') expect(Array.isArray(record), where).toBe(true);
          else
            expect((record as Record<string, string>)[reject.field] ?? '', where).toMatch(DEFECT);
        }
      }
    }
  });
});

describe('data/_bad/org_chart.csv', () => {
  it('is rejected and reported exactly as documented, by the row parser and the file check', () => {
    const bad = samples.bad.find((b) => b.kind === 'org_chart');
    if (!bad) throw new Error('no bad organisation chart');
    const table: string[][] = parseCsv(bad.text);
    const [header = [], ...records] = table;
    const rejects: { line: number; field: string; reason: string }[] = [];
    const parsed: FileRow<OrgUnit>[] = [];
    records.forEach((values, i) => {
      const line = i + 2;
      const fields = Object.fromEntries(header.map((h, j) => [h, values[j] ?? '']));
      try {
        parsed.push({ line, record: MAPPINGS.org_chart.parse(fields).record as OrgUnit });
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        for (const e of error.errors) rejects.push({ line, field: e.field, reason: e.message });
      }
    });
    const found = checkHierarchy(parsed, new OrgDirectory([]));
    const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
    expect([...rejects, ...found.rejects].sort(byLine)).toEqual([...bad.rejects].sort(byLine));
    expect([...found.notices].sort(byLine)).toEqual(bad.notices);
    expect(parsed.length - found.rejects.length).toBe(bad.goodRows);
  });
});

/** The header and the CSV record that starts on a given line (records may span lines). */
function csvRecordStartingAt(text: string, line: number): { header: string[]; values: string[] } {
  const records = parseCsv(text, {
    bom: true,
    relax_column_count: true,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const index = records.findIndex(
    (_, i) => i > 0 && (records[i - 1]?.info.lines ?? 0) + 1 === line,
  );
  return { header: records[0]?.record ?? [], values: records[index]?.record ?? [] };
}
