// The detector over every sample export in data/: it finds exactly the invented personal details
// data/README.md says the titles carry, and nothing in any other column.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../mappings/read/read-csv.ts';
import { readJson } from '../../../mappings/read/read-json.ts';
import { readXml } from '../../../mappings/read/read-xml.ts';
import { containsPii, detectPii } from '../../../src/policy/pii/detect.ts';
import type { PiiField, PiiKind } from '../../../src/policy/pii/types.ts';

const DATA = join(import.meta.dirname, '../../../data');
const KINDS = ['info_list', 'public_list', 'research_list', 'expense_list'] as const;

/** The field context each column is scanned with (the rest as free text). */
function fieldOf(kind: string, column: string): PiiField | undefined {
  if (column === 'writer') return kind === 'research_list' ? 'authors' : 'official';
  return (
    {
      title: 'title',
      telno: 'contact',
      exec_loc: 'place',
      exec_purpose: 'purpose',
      target_nm: 'participants',
    } as Record<string, PiiField>
  )[column];
}

interface Value {
  readonly kind: string;
  readonly key: string;
  readonly column: string;
  readonly value: string;
}

async function sampleValues(): Promise<Value[]> {
  const values: Value[] = [];
  for (const kind of KINDS) {
    for (const file of readdirSync(join(DATA, kind))) {
      const path = join(DATA, kind, file);
      const read = file.endsWith('.csv') ? readCsv : file.endsWith('.json') ? readJson : readXml;
      for await (const item of read(path)) {
        if (item.type !== 'row') continue;
        const key = item.entries.map(([, v]) => v).join('\u0001');
        for (const [column, value] of item.entries) values.push({ kind, key, column, value });
      }
    }
  }
  return values;
}

/** `| title with an unmasked vehicle plate `24러5122` | 4 |` → vehicle-plate: 4. */
function readmeTitleCounts(): Map<PiiKind, number> {
  const readme = readFileSync(join(DATA, 'README.md'), 'utf8');
  const kinds: [RegExp, PiiKind][] = [
    [/personal name/, 'person-name'],
    [/vehicle plate/, 'vehicle-plate'],
    [/lot address/, 'lot-address'],
    [/phone number/, 'phone'],
  ];
  const counts = new Map<PiiKind, number>();
  for (const m of readme.matchAll(/^\| title with an unmasked (.*?) \| (\d+) \|/gm)) {
    const kind = kinds.find(([re]) => re.test(m[1] ?? ''))?.[1];
    if (kind) counts.set(kind, Number(m[2]));
  }
  return counts;
}

describe('the sample exports', async () => {
  const values = await sampleValues();

  it('show in their titles exactly the unmasked personal details the README lists', () => {
    const expected = readmeTitleCounts();
    expect(expected.size).toBe(4);
    const seen = new Set<string>();
    const found = new Map<PiiKind, number>();
    for (const v of values.filter((x) => x.column === 'title')) {
      if (seen.has(v.key)) continue; // the deliberately overlapping file repeats rows
      seen.add(v.key);
      for (const f of detectPii(v.value, { field: 'title' }))
        found.set(f.kind, (found.get(f.kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(expected));
  });

  it('carry nothing personal in ids, dates, codes, amounts, ISBNs, URLs or shop addresses', () => {
    const personal = new Set(['title', 'writer', 'target_nm', 'telno']);
    const hits = values
      .filter((v) => !personal.has(v.column))
      .filter(
        (v) =>
          detectPii(
            v.value,
            fieldOf(v.kind, v.column) ? { field: fieldOf(v.kind, v.column) ?? 'free-text' } : {},
          ).length > 0,
      )
      .map((v) => `${v.kind}.${v.column}: ${v.value}`);
    expect(hits).toEqual([]);
  });

  it('keep officials’ bylines and office numbers public, and do not trip the leak alarm with them', () => {
    const bylines = values.filter((v) => v.column === 'writer' && v.kind !== 'research_list');
    expect(bylines.filter((v) => detectPii(v.value, { field: 'official' }).length > 0)).toEqual([]);
    expect(bylines.filter((v) => containsPii(v.value))).toEqual([]);
    const telno = values.filter((v) => v.column === 'telno' && v.value.trim() !== '');
    expect(telno.filter((v) => containsPii(v.value, { field: 'contact' }))).toEqual([]);
  });
});
