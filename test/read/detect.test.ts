// Recognising an export: format from the extension, kind from --source, the file name or columns.
import { describe, expect, it } from 'vitest';
import {
  detectSource,
  formatFromPath,
  kindFromColumns,
  kindFromFileName,
} from '../../mappings/read/detect.ts';
import { UnrecognisedSourceError } from '../../mappings/read/errors.ts';

describe('detectSource', () => {
  it.each([
    ['data/20240101_20240107_info_list.csv', 'info_list', 'csv'],
    ['20240101_20240107_public_list.JSON', 'public_list', 'json'],
    ['x/20231201_20231231_research_list.xml', 'research_list', 'xml'],
    ['20240101_20240131_expense_list.Csv', 'expense_list', 'csv'],
    ['info_list.csv', 'info_list', 'csv'],
    ['seoul_info_list_2024.json', 'info_list', 'json'],
    ['org_chart.csv', 'org_chart', 'csv'],
  ] as const)('recognises %s by its name', (path, kind, format) => {
    expect(detectSource(path)).toEqual({ kind, format, detectedBy: 'file-name' });
  });

  it('does not take a kind from a longer word', () => {
    expect(kindFromFileName('myinfo_list.csv')).toBeUndefined();
    expect(kindFromFileName('info_list2.csv')).toBeUndefined();
  });

  it('treats a name naming two kinds as saying nothing', () => {
    expect(kindFromFileName('info_list_vs_public_list.csv')).toBeUndefined();
  });

  it.each([
    [['package_id', 'title'], 'info_list'],
    [[' Package_ID ', 'TITLE'], 'info_list'],
    [['nid', 'category', 'title', 'regist_dt', 'taxonomy', 'telno'], 'public_list'],
    [['nid', 'title', 'regist_dt', 'isbn', 'job_se'], 'research_list'],
    [['nid', 'title', 'regist_dt', 'job_se'], 'research_list'],
    [['nid', 'title', 'dept_nm_lvl_1', 'exec_amount'], 'expense_list'],
    [['org_code', 'org_nm', 'upper_org_code'], 'org_chart'],
  ] as const)('recognises the columns %j', (columns, kind) => {
    expect(kindFromColumns(columns)).toBe(kind);
    expect(detectSource('export.csv', columns)).toEqual({
      kind,
      format: 'csv',
      detectedBy: 'columns',
    });
  });

  it('prefers --source over the name and the columns', () => {
    const detected = detectSource('20240101_20240107_info_list.csv', ['nid'], {
      source: 'public_list',
    });
    expect(detected).toEqual({ kind: 'public_list', format: 'csv', detectedBy: 'option' });
  });

  it('prefers the name over the columns', () => {
    expect(detectSource('info_list.csv', ['nid', 'taxonomy']).kind).toBe('info_list');
  });

  it('takes the format from the extension, case-insensitively', () => {
    expect(formatFromPath('a.XML')).toBe('xml');
    expect(formatFromPath('a.xlsx')).toBeUndefined();
  });

  it('names the file and what was looked at when nothing fits', () => {
    const attempt = () => detectSource('dir/export_03.csv', ['번호', '제목']);
    expect(attempt).toThrow(UnrecognisedSourceError);
    try {
      attempt();
    } catch (error) {
      const unrecognised = error as UnrecognisedSourceError;
      expect(unrecognised.code).toBe('UNRECOGNISED_SOURCE');
      expect(unrecognised.file).toBe('export_03.csv');
      expect(unrecognised.lookedAt).toEqual(['file name "export_03.csv"', 'columns: 번호, 제목']);
      expect(unrecognised.message).toContain('export_03.csv');
    }
  });

  it('refuses an unknown extension or --source name', () => {
    expect(() => detectSource('20240101_20240107_info_list.xlsx')).toThrow(/extension "\.xlsx"/);
    expect(() => detectSource('a.csv', [], { source: 'budget' })).toThrow(/--source "budget"/);
  });

  it('says when there were no columns to look at', () => {
    expect(() => detectSource('export.json', [])).toThrow(/no columns \(no records\)/);
  });
});
