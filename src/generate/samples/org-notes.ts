// The organisation-chart section of data/README.md: levels, the reorganisation and the hard names.
import {
  AMBIGUOUS_TEAM_NAME,
  departments,
  orgUnits,
  UNKNOWN_DEPARTMENT_NAME,
} from '../org-chart.ts';

const units = orgUnits();
const byCode = new Map(units.map((unit) => [unit.code, unit]));
const pathOf = (code: string): string => byCode.get(code)?.path.join(' > ') ?? code;
const changed = units.filter((unit) => unit.changeType !== '');
const CHANGE_EN: Readonly<Record<string, string>> = {
  신설: 'established',
  개칭: 'renamed',
  통합: 'merged into',
  분할: 'split into',
  폐지: 'abolished',
};
const changeLine = (unit: (typeof units)[number]): string =>
  `\`${unit.code}\` ${pathOf(unit.code)} (until ${unit.validTo}) — \`${unit.changeType}\` ${CHANGE_EN[unit.changeType] ?? ''} ${unit.successorCodes
    .split(';')
    .map((code) => `\`${code}\` ${pathOf(code)}`)
    .join(', ')}`;
const producers = new Set(departments().map((dept) => dept.unit.code));
const chartOnly = changed.filter((unit) => !producers.has(unit.code));
const teams = units.filter((unit) => unit.name === AMBIGUOUS_TEAM_NAME);
const count = (level: number): number => units.filter((unit) => unit.level === level).length;

export const ORG_CHART_NOTES = `## Organisation chart (\`org_chart/org_chart.csv\`)

${units.length} units: 1 root (\`6110000\` 서울특별시, level 1, \`municipality\`), ${count(2)} level-2 units
(실·본부·국 \`bureau\`, 감사위원회 \`committee\`, 상수도사업본부 and 서울기록원 \`field-office\`),
${count(3)} level-3 \`division\`s (과·담당관) and ${count(4)} level-4 \`team\`s. Codes are opaque
7-digit strings; \`valid_to\` empty = current. \`change_type\` (신설 established, 개칭 renamed,
통합 merged, 분할 split, 폐지 abolished) states a reorganisation on the row of the unit it ended
(신설: of the unit it set up); \`successor_codes\` lists, \`;\`-separated, the units that took over
(one for 개칭/통합, two or more for 분할, none for 폐지/신설). Both empty for most units.

How the lists name a unit, and how a name resolves:
- info_list \`rspnber_dept_nm\` and research_list \`relte_area\`: \`{level-2 name} {division name}\`
  (\`기후환경본부 대기정책과\`, \`복지정책실 복지기획관\`), or a level-2 name alone (\`서울기록원\`).
  Resolve the last word as a unit name and the earlier words as its ancestors, at the row's date
  (info_list \`doc_prdctn_dt\`; research_list \`doc_prdctn_dt\` — a \`U\`/\`D\` row registered in
  2024 keeps the 2023 producing body's old name).
- public_list \`dept_nm\`: the bare division name (\`대기정책과\`) — unique in the chart.
- expense_list: the path \`dept_nm_lvl_1…5\` from \`서울특별시\` down (unused levels empty);
  \`dept_nm_full\` is the same path joined by spaces.

Deliberate hard cases:
- **Reorganised on 2024-01-01** (each ended unit is valid until 2023-12-31 under its code and
  says what replaced it in \`change_type\` and \`successor_codes\`; the new unit has a new code,
  valid from 2024-01-01; December 2023 files use the old names, 2024 files the new):
${changed.map((unit) => `  - ${changeLine(unit)}`).join('\n')}

  ${chartOnly.map((unit) => `\`${unit.name}\``).join(', ')} produced no records in the sample window: in the chart for the merge.
  A name of a renamed or merged unit used for a date after the change resolves to the successor,
  and a notice says so; before the change it resolves to the old unit.
- **One name, two units:** \`${AMBIGUOUS_TEAM_NAME}\` is ${teams.map((t) => `\`${t.code}\` (${pathOf(t.code)})`).join(' and ')}.
  info_list gives it bare — **ambiguous**, to be reported; expense_list gives the full path, so
  it resolves.
- **Not in the chart:** \`${UNKNOWN_DEPARTMENT_NAME}\` (a task force) appears in info_list —
  **unresolved**: the record is kept, the name reported, no \`plaza:responsibleUnit\`.
Every other department name in the samples resolves to exactly one unit valid at the row's date.`;
