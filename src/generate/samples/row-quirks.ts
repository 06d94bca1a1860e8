// The row-level quirks the sample files must show, each as a predicate over a decoded row.
import type { ExportKind, ExportRow } from '../columns.ts';

export interface QuirkContext {
  readonly hasBareName: (text: string) => boolean;
  readonly ambiguous: string;
  readonly unknown: string;
}

export interface RowQuirk {
  readonly quirk: string;
  readonly kinds: readonly ExportKind[];
  readonly test: (row: ExportRow, context: QuirkContext) => boolean;
}

const INFO = ['info_list'] as const;
const TEXT = ['info_list', 'public_list', 'research_list', 'expense_list'] as const;
const titleOf = (row: ExportRow): string => row['title'] ?? '';
const anyField = (row: ExportRow, pattern: RegExp): boolean =>
  Object.values(row).some((value) => pattern.test(value));
const q = (quirk: string, kinds: readonly ExportKind[], test: RowQuirk['test']): RowQuirk => ({
  quirk,
  kinds,
  test,
});
const retention = (label: string): RowQuirk =>
  q(`retention \`${label}\``, INFO, (r) => r['othbc_pd'] === label);
const grade = (label: string): RowQuirk =>
  q(`grade \`${label}\``, INFO, (r) => r['othbc_se'] === label);
const licence = (label: string): RowQuirk =>
  q(`licence \`${label || '(empty)'}\``, TEXT.slice(0, 3), (r) => r['cpyrht'] === label);
const dated = (label: string, pattern: RegExp): RowQuirk =>
  q(`\`doc_prdctn_dt\` as ${label}`, ['info_list', 'research_list'], (r) =>
    pattern.test(r['doc_prdctn_dt'] ?? ''),
  );

// prettier-ignore
export const ROW_QUIRKS: readonly RowQuirk[] = [
  grade('공개'), grade('부분공개'), grade('비공개'),
  q('grade with item numbers `부분공개(6)`…', INFO, (r) => /^부분공개\(/.test(r['othbc_se'] ?? '')),
  q('grade with item numbers `비공개(5,6)`…', INFO, (r) => /^비공개\(/.test(r['othbc_se'] ?? '')),
  licence(''), licence('CC BY'), licence('CC BY-ND'), licence('CC BY-NC'), licence('CC BY-NC-ND'),
  q('`url` full `…/sanction/{nid}`', INFO, (r) => /\/sanction\/\d+$/.test(r['url'] ?? '')),
  q('`url` bare `…/sanction/` (full text not published)', INFO, (r) => /\/sanction\/$/.test(r['url'] ?? '')),
  q('비공개 row that still carries a full URL', INFO, (r) => (r['othbc_se'] ?? '').startsWith('비공개') && /\/sanction\/\d+$/.test(r['url'] ?? '')),
  q('`tkcrd_nm` with prefix `[지출]`', INFO, (r) => (r['tkcrd_nm'] ?? '').startsWith('[지출]')),
  q('`tkcrd_nm` with prefix `[500]`', INFO, (r) => (r['tkcrd_nm'] ?? '').startsWith('[500]')),
  retention('1년'), retention('3년'), retention('5년'), retention('10년'), retention('30년'), retention('준영구'), retention('영구'),
  q('title masked `**빌딩`', TEXT, (r) => /\*\*(빌딩|타워|프라자)/.test(titleOf(r))),
  q('title masked name `(이*혁)`', TEXT, (r) => /[(（][가-힣]\*[가-힣][)）]/.test(titleOf(r))),
  q('title masked name `(김0규)`', TEXT, (r) => /[(（][가-힣]0[가-힣][)）]/.test(titleOf(r))),
  q('title masked establishment `『산성OO』`', TEXT, (r) => /『[가-힣]+OO』/.test(titleOf(r))),
  q('title masked lot `148-**`', TEXT, (r) => /\d+-\*\*/.test(titleOf(r))),
  q('title masked plate `24러****`', TEXT, (r) => /\d{2,3}[가-힣]\*{4}/.test(titleOf(r))),
  q('title with an unmasked (invented) personal name `(박지훈)`', TEXT, (r, c) => c.hasBareName(titleOf(r))),
  q('title with an unmasked vehicle plate `24러5122`', TEXT, (r) => /\d{2,3}[가-힣]\d{4}/.test(titleOf(r))),
  q('title with an unmasked lot address `신길동 151-12`', TEXT, (r) => /[가-힣]+동 \d+-\d+/.test(titleOf(r))),
  q('title with an unmasked (invented) phone number `010-0xxx-xxxx`', TEXT, (r) => /010-\d{4}-\d{4}/.test(titleOf(r))),
  q('title with an unmasked establishment `『산성어린이집』`', TEXT, (r) => /『[가-힣]+』/.test(titleOf(r)) && !/OO』/.test(titleOf(r))),
  q('leading or trailing spaces in a field', TEXT, (r) => anyField(r, /^ | $/)),
  q('line break inside a field', TEXT, (r) => anyField(r, /\n/)),
  q('double quotes inside a field (`""` in CSV)', TEXT, (r) => anyField(r, /"/)),
  q('comma inside a field (quoted in CSV)', TEXT, (r) => anyField(r, /,/)),
  q('middle dot `ㆍ`', TEXT, (r) => anyField(r, /ㆍ/)),
  q('brackets `『』`', TEXT, (r) => anyField(r, /『/)),
  q('brackets `「」`', TEXT, (r) => anyField(r, /「/)),
  q('apostrophe `’` (`’24년`)', TEXT, (r) => anyField(r, /’/)),
  q('company sign `㈜`', TEXT, (r) => anyField(r, /㈜/)),
  q('fullwidth parentheses `（）`', TEXT, (r) => anyField(r, /（/)),
  dated('`YYYY-MM-DD`', /^\d{4}-\d\d-\d\d$/), dated('`YYYY.MM.DD`', /^\d{4}\.\d\d\.\d\d$/),
  dated('`YYYY/MM/DD`', /^\d{4}\/\d\d\/\d\d$/), dated('a 14-digit timestamp', /^\d{14}$/),
  q('department `기획팀` given bare (ambiguous: two units)', INFO, (r, c) => r['rspnber_dept_nm']?.trim() === c.ambiguous),
  q('department not in the organisation chart (`도시외교추진단`)', INFO, (r, c) => r['rspnber_dept_nm']?.trim() === c.unknown),
  q('department renamed in 2024 — old name', TEXT, (r) => anyField(r, /녹색에너지과|보육담당관/)),
  q('department renamed in 2024 — new name', TEXT, (r) => anyField(r, /기후변화대응과|보육정책과/)),
  q('`telno` with area code `02-2133-5235`', ['public_list'], (r) => /^02-/.test(r['telno'] ?? '')),
  q('`telno` without area code `2133-5235`', ['public_list'], (r) => /^\d{4}-\d{4}$/.test(r['telno'] ?? '')),
  q('`isbn` as hyphenated ISBN-13', ['research_list'], (r) => /^97[89]-/.test(r['isbn'] ?? '')),
  q('`isbn` holding an ISSN', ['research_list'], (r) => /^\d{4}-\d{3}[\dX]$/.test(r['isbn'] ?? '')),
  q('`writer` like `박창민외8`', ['research_list'], (r) => /외\d+$/.test(r['writer'] ?? '')),
  q('`writer` like `김영은 등`', ['research_list'], (r) => / 등$/.test(r['writer'] ?? '')),
  q('`job_se` U (updates an nid of an earlier file)', ['research_list'], (r) => r['job_se'] === 'U'),
  q('`job_se` D with the other fields empty', ['research_list'], (r) => r['job_se'] === 'D' && r['title'] === ''),
  q('`job_se` D with the fields repeated', ['research_list'], (r) => r['job_se'] === 'D' && r['title'] !== ''),
  q('expense line of a bureau head (`dept_nm_lvl_3` empty)', ['expense_list'], (r) => r['dept_nm_lvl_3'] === ''),
  q('expense line of a team (`dept_nm_lvl_4` = team)', ['expense_list'], (r) => (r['dept_nm_lvl_4'] ?? '') !== ''),
  q('expense of a `기획팀` (resolved by its path)', ['expense_list'], (r) => r['dept_nm_lvl_4'] === '기획팀'),
  q('`payment_method` 카드', ['expense_list'], (r) => r['payment_method'] === '카드'),
  q('`payment_method` 현금', ['expense_list'], (r) => r['payment_method'] === '현금'),
  q('`payment_method` 제로페이', ['expense_list'], (r) => r['payment_method'] === '제로페이'),
  q('`target_nm` like `소방위 김희준외 8명`', ['expense_list'], (r) => /^소방\S+ \S+외 \d+명$/.test(r['target_nm'] ?? '')),
];
