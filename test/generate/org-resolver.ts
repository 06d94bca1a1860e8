// Test helper: resolves department names and paths against an org_chart.csv, as data/README.md says.
import type { ExportRow } from '../../src/generate/index.ts';

export type Resolution = 'resolved' | 'ambiguous' | 'unresolved';

export class OrgChartIndex {
  private readonly byCode: Map<string, ExportRow>;

  constructor(private readonly units: readonly ExportRow[]) {
    this.byCode = new Map(units.map((unit) => [unit['org_code'] ?? '', unit]));
  }

  private validOn(unit: ExportRow, isoDay: string): boolean {
    const from = unit['valid_from'] ?? '';
    const to = unit['valid_to'] ?? '';
    return from <= isoDay && (to === '' || isoDay <= to);
  }

  private ancestors(unit: ExportRow): string[] {
    const names: string[] = [];
    for (let u = this.byCode.get(unit['upper_org_code'] ?? ''); u;) {
      if (u['org_level'] !== '1') names.unshift(u['org_nm'] ?? '');
      u = this.byCode.get(u['upper_org_code'] ?? '');
    }
    return names;
  }

  /** `기후환경본부 대기정책과`, `대기정책과`, `서울기록원`: last word the unit, earlier words ancestors. */
  resolveName(name: string, isoDay: string): Resolution {
    const words = name
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '서울특별시');
    const leaf = words.pop();
    const matches = this.units.filter((unit) => {
      if (unit['org_nm'] !== leaf || !this.validOn(unit, isoDay)) return false;
      const above = this.ancestors(unit);
      return words.every((word, i) => above[above.length - words.length + i] === word);
    });
    return matches.length === 1 ? 'resolved' : matches.length === 0 ? 'unresolved' : 'ambiguous';
  }

  /** The `dept_nm_lvl_1…5` path, walked down from the root. */
  resolvePath(levels: readonly string[], isoDay: string): Resolution {
    let parent = '';
    for (const name of levels.filter((level) => level !== '')) {
      const children = this.units.filter(
        (u) =>
          (u['upper_org_code'] ?? '') === parent && u['org_nm'] === name && this.validOn(u, isoDay),
      );
      if (children.length !== 1) return children.length === 0 ? 'unresolved' : 'ambiguous';
      parent = children[0]?.['org_code'] ?? '';
    }
    return parent === '' ? 'unresolved' : 'resolved';
  }
}

/** The ISO day a row is dated, from whichever date field the kind has (spellings normalised). */
export function rowDay(kind: string, row: Readonly<Record<string, string>>): string | undefined {
  // A research report's producing body is named as of production; updates keep that name.
  const raw =
    kind === 'expense_list'
      ? row['exec_dt']
      : kind === 'public_list'
        ? row['regist_dt']
        : row['doc_prdctn_dt'];
  const digits = (raw ?? '').replace(/\D/g, '').slice(0, 8);
  return digits.length === 8
    ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`
    : undefined;
}

/** The department names a row gives, with how to resolve them. */
export function departmentOf(
  kind: string,
  row: Readonly<Record<string, string>>,
): { name: string } | { path: string[] } | undefined {
  switch (kind) {
    case 'info_list':
      return { name: row['rspnber_dept_nm'] ?? row['dept_nm'] ?? '' };
    case 'public_list':
      return { name: row['dept_nm'] ?? '' };
    case 'research_list':
      return row['relte_area'] ? { name: row['relte_area'] } : undefined;
    case 'expense_list':
      return { path: [1, 2, 3, 4, 5].map((level) => row[`dept_nm_lvl_${level}`] ?? '') };
    default:
      return undefined;
  }
}
