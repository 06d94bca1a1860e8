// The organisation directory across reorganisations: old names resolve to the old unit before the
// change and to the successor after a rename or merge (with a note), never through a split.
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import { describe, expect, it } from 'vitest';
import { MAPPINGS } from '../../mappings/index.ts';
import { OrgDirectory, type OrgUnit } from '../../mappings/org/directory.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { BASE } from '../support/rdf.ts';
import { CASES, INGESTED_AT } from './cases.ts';
import { withoutLinkNotices } from '../support/notices.ts';

const day = (iso: string) => {
  const [year, month, date] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: date ?? 0 };
};
const OLD = { validFrom: day('2012-01-01'), validUntil: day('2023-12-31') };
const NEW = { validFrom: day('2024-01-01') };
const unit = (code: string, name: string, extra: Partial<OrgUnit> = {}): OrgUnit => ({
  code,
  name,
  parentCode: '6110400',
  level: 3,
  type: 'division',
  ...extra,
});

const ORGS = new OrgDirectory([
  { code: '6110000', name: '서울특별시', level: 1, type: 'municipality' },
  unit('6110400', '기후환경본부', { parentCode: '6110000', level: 2, type: 'bureau' }),
  unit('6110620', '보육담당관', { ...OLD, changeType: 'renamed', successorCodes: ['6110630'] }),
  unit('6110630', '보육정책과', NEW),
  unit('6110430', '녹색에너지과', { ...OLD, changeType: 'merged', successorCodes: ['6110440'] }),
  unit('6110460', '에너지시민협력과', {
    ...OLD,
    changeType: 'merged',
    successorCodes: ['6110440'],
  }),
  unit('6110440', '기후변화대응과', NEW),
  unit('6110480', '도시재생과', {
    ...OLD,
    changeType: 'split',
    successorCodes: ['6110481', '6110482'],
  }),
  unit('6110481', '도시재생정책과', NEW),
  unit('6110482', '도시재생사업과', NEW),
  // Renamed twice: 2019 and 2024.
  unit('6110300', '맑은하늘과', {
    validFrom: day('2012-01-01'),
    validUntil: day('2018-12-31'),
    changeType: 'renamed',
    successorCodes: ['6110310'],
  }),
  unit('6110310', '대기질개선과', {
    validFrom: day('2019-01-01'),
    validUntil: day('2023-12-31'),
    changeType: 'merged',
    successorCodes: ['6110440'],
  }),
]);

describe('OrgDirectory across a reorganisation', () => {
  it('resolves a renamed unit to the old unit before the change, to the successor after', () => {
    expect(ORGS.resolve('보육담당관', day('2023-12-31'))).toEqual({
      status: 'resolved',
      code: '6110620',
    });
    expect(ORGS.resolve('기후환경본부 보육담당관', day('2024-01-01'))).toEqual({
      status: 'resolved',
      code: '6110630',
      note: 'department "기후환경본부 > 보육담당관" had been reorganised by 2024-01-01: 보육담당관 6110620 renamed 2024-01-01 → 보육정책과 6110630; resolved to the successor',
    });
  });

  it('resolves each merged unit to the unit they were merged into, after the change', () => {
    for (const name of ['녹색에너지과', '에너지시민협력과']) {
      const r = ORGS.resolve(name, day('2024-06-30'));
      expect(r.status === 'resolved' && r.code, name).toBe('6110440');
      expect(r.status === 'resolved' && r.note, name).toMatch(/merged 2024-01-01 → 기후변화대응과/);
    }
    expect(ORGS.resolve('녹색에너지과', day('2023-06-30'))).toEqual({
      status: 'resolved',
      code: '6110430',
    });
  });

  it('follows a chain of changes to the unit of the date', () => {
    const r = ORGS.resolve('맑은하늘과', day('2024-02-01'));
    expect(r).toMatchObject({ status: 'resolved', code: '6110440' });
    expect(r.status === 'resolved' && r.note).toContain(
      '맑은하늘과 6110300 renamed 2019-01-01 → 대기질개선과 6110310 merged 2024-01-01 → 기후변화대응과 6110440',
    );
    expect(ORGS.resolve('맑은하늘과', day('2020-02-01'))).toMatchObject({ code: '6110310' });
  });

  it('keeps the old unit, without a note, after a split or when no date is given', () => {
    expect(ORGS.resolve('도시재생과', day('2024-06-30'))).toEqual({
      status: 'resolved',
      code: '6110480',
    });
    expect(ORGS.resolve('보육담당관')).toEqual({ status: 'resolved', code: '6110620' });
  });

  it('says so in the record’s notices when a mapping resolves an old name to its successor', () => {
    const c = CASES.find((x) => x.expected === 'approval-document.trig');
    if (!c) throw new Error('case missing');
    const fields = { ...c.fields, rspnber_dept_nm: '녹색에너지과', doc_prdctn_dt: '20240305' };
    const mapping = MAPPINGS.info_list;
    const meta = {
      key: c.key,
      file: 'a.csv',
      line: 7,
      format: 'csv' as const,
      ingestedAt: INGESTED_AT,
    };
    const iri = new IriMinter(BASE);
    const out = mapping.map(mapping.parse(fields).record, meta, {
      iri,
      orgs: ORGS,
      initiatives: new InitiativeDirectory([]),
    });
    const units = out.quads.filter((q) => q.predicate.value.endsWith('#responsibleUnit'));
    expect(units.map((q) => q.object.value)).toEqual([iri.org('6110440').value]);
    expect(
      withoutLinkNotices(out.notices).map(({ file, line, field }) => ({ file, line, field })),
    ).toEqual([{ file: 'a.csv', line: 7, field: 'rspnber_dept_nm' }]);
    expect(withoutLinkNotices(out.notices)[0]?.message).toMatch(
      /^department "녹색에너지과" had been reorganised by 2024-03-05: .* resolved to the successor$/,
    );
  });

  it('lists the units directly under a unit, of every period', () => {
    expect(ORGS.children('6110000').map((u) => u.code)).toEqual(['6110400']);
    expect(ORGS.children('6110400').map((u) => u.code)).toContain('6110620');
    expect(ORGS.children('6110400').map((u) => u.code)).toContain('6110630');
    expect(ORGS.children('6110630')).toEqual([]);
  });
});
