// Reading many exports: directories expanded in a stable order, broken files reported, not fatal.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExportFiles } from '../../mappings/read/list-files.ts';
import { readExports } from '../../mappings/read/read-export.ts';
import { FIXTURES, collect, fixture } from './harness.ts';

describe('listExportFiles', () => {
  it('expands a directory recursively, sorted, skipping _ and . names and other extensions', async () => {
    const files = await listExportFiles([FIXTURES]);
    expect(files.map((file) => relative(FIXTURES, file))).toEqual([
      '20240101_20240107_info_list.csv',
      '20240108_20240114_info_list.json',
      '20240115_20240121_info_list.xml',
      'budget_exec_2023_12.xml',
      'info_list.csv',
      'opengov_export_03.json',
      'org_2024.csv',
      'weekly/20240108_20240114_public_list.csv',
    ]);
  });

  it('reads _bad when it is named, and keeps explicit files as given, once', async () => {
    const bad = fixture('_bad');
    const files = await listExportFiles([bad, fixture('org_2024.csv'), fixture('org_2024.csv')]);
    expect(files.map((file) => relative(FIXTURES, file))).toEqual([
      '_bad/20240122_20240128_info_list.xml',
      '_bad/20240122_20240128_info_list_euckr.csv',
      '_bad/20240122_20240128_public_list.csv',
      '_bad/unknown_export.csv',
      'org_2024.csv',
    ]);
  });
});

describe('readExports', () => {
  it('reads every good fixture', async () => {
    const { records, rejects } = await collect(readExports([FIXTURES]));
    const kinds = new Map<string, number>();
    for (const { kind } of records) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      info_list: 5 + 3 + 11 + 3,
      expense_list: 2,
      research_list: 2,
      org_chart: 3,
      public_list: 2,
    });
    expect(rejects.map((r) => [r.file, r.line])).toEqual([
      ['20240101_20240107_info_list.csv', 6],
      ['20240108_20240114_info_list.json', 3],
      ['info_list.csv', 4],
    ]);
  });

  it('turns each unreadable file into one line-0 reject and reads on', async () => {
    const { records, rejects } = await collect(
      readExports([fixture('_bad'), fixture('missing_info_list.csv'), fixture('org_2024.csv')]),
    );
    expect(rejects).toEqual([
      expect.objectContaining({ file: '20240122_20240128_info_list.xml', line: 0 }),
      expect.objectContaining({ file: '20240122_20240128_info_list_euckr.csv', line: 0 }),
      expect.objectContaining({ file: '20240122_20240128_public_list.csv', line: 0, field: 'nid' }),
      expect.objectContaining({ file: 'unknown_export.csv', line: 0 }),
      expect.objectContaining({ file: 'missing_info_list.csv', line: 0 }),
    ]);
    expect(rejects[0]?.reason).toMatch(/invalid XML at line 4/);
    expect(rejects[2]?.reason).toMatch(/^missing key column nid/);
    expect(records.map((r) => r.file)).toEqual(['org_2024.csv', 'org_2024.csv', 'org_2024.csv']);
  });

  it('applies --source to every file, over its name and columns', async () => {
    const { records, rejects } = await collect(
      readExports([fixture('org_2024.csv'), fixture('info_list.csv')], { source: 'public_list' }),
    );
    expect(records).toEqual([]);
    expect(rejects.map((r) => [r.file, r.field])).toEqual([
      ['org_2024.csv', 'nid'],
      ['info_list.csv', 'nid'],
    ]);
  });
});
