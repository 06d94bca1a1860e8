// Canonical columns, older spellings and how a header lines up with them.
import { describe, expect, it } from 'vitest';
import {
  CANONICAL_COLUMNS,
  canonicalColumnName,
  foldFields,
  planColumns,
} from '../../mappings/read/columns.ts';

describe('columns', () => {
  it('folds the older info_list spellings, trimmed and lower-cased', () => {
    const names = [' TRCK_CARD_NM', 'src_dept_doc_id', 'othnd_pd', 'Othbs_Se ', 'dept_nm'];
    expect(names.map((name) => canonicalColumnName('info_list', name))).toEqual([
      'tkcrd_nm',
      'src_dept_doc_no',
      'othbc_pd',
      'othbc_se',
      'rspnber_dept_nm',
    ]);
  });

  it('keeps dept_nm as it is where it is the current name', () => {
    expect(canonicalColumnName('public_list', 'DEPT_NM')).toBe('dept_nm');
  });

  it('lists org_chart columns as documented', () => {
    expect(CANONICAL_COLUMNS.org_chart.join(',')).toBe(
      'org_code,org_nm,upper_org_code,org_level,org_type,valid_from,valid_to,change_type,successor_codes',
    );
  });

  it('reports unknown, missing and duplicated columns', () => {
    const plan = planColumns('info_list', [
      'package_id',
      'title',
      'dept_nm',
      'rspnber_dept_nm',
      'rgst_ip',
    ]);
    expect(plan.keyColumnPresent).toBe(true);
    expect(plan.unknown).toEqual(['rgst_ip']);
    expect(plan.duplicated).toEqual(['rspnber_dept_nm']);
    expect(plan.missing).toEqual([
      'doc_prdctn_dt',
      'tkcrd_nm',
      'src_dept_doc_no',
      'writer',
      'othbc_pd',
      'othbc_se',
      'cpyrht',
      'url',
    ]);
  });

  it('notices a missing key column', () => {
    expect(planColumns('public_list', ['title', 'taxonomy']).keyColumnPresent).toBe(false);
  });

  it('keeps the first of two columns that fold together, and odd names as plain fields', () => {
    const plan = planColumns('info_list', [
      'package_id',
      'dept_nm',
      'rspnber_dept_nm',
      '__proto__',
      'constructor',
    ]);
    const fields = foldFields('info_list', plan, [
      ['package_id', '202401020000101'],
      ['dept_nm', '재무과'],
      ['rspnber_dept_nm', '회계과'],
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(fields['rspnber_dept_nm']).toBe('재무과');
    expect(Object.keys(fields)).toEqual([
      'package_id',
      'rspnber_dept_nm',
      '__proto__',
      'constructor',
    ]);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
});
