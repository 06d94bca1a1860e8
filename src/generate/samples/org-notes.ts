// The organisation-chart section of data/README.md: levels, the reorganisation and the hard names.
import { AMBIGUOUS_TEAM_NAME, orgUnits, UNKNOWN_DEPARTMENT_NAME } from '../org-chart.ts';

const units = orgUnits();
const byCode = new Map(units.map((unit) => [unit.code, unit]));
const pathOf = (code: string): string => byCode.get(code)?.path.join(' > ') ?? code;
const renamed = units.filter((unit) => unit.validTo !== '');
const successors = units.filter((unit) => unit.validFrom === '2024-01-01');
const teams = units.filter((unit) => unit.name === AMBIGUOUS_TEAM_NAME);
const count = (level: number): number => units.filter((unit) => unit.level === level).length;

export const ORG_CHART_NOTES = `## Organisation chart (\`org_chart/org_chart.csv\`)

${units.length} units: 1 root (\`6110000\` 서울특별시, level 1, \`municipality\`), ${count(2)} level-2 units
(실·본부·국 \`bureau\`, 감사위원회 \`committee\`, 상수도사업본부 and 서울기록원 \`field-office\`),
${count(3)} level-3 \`division\`s (과·담당관) and ${count(4)} level-4 \`team\`s. Codes are opaque
7-digit strings; \`valid_to\` empty = current.

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
- **Renamed in the 2024-01-01 reorganisation** (old unit valid until 2023-12-31 under its old code,
  the new unit under a new code from 2024-01-01; December 2023 files use the old names, 2024 files
  the new): ${renamed.map((old, i) => `\`${old.code}\` ${pathOf(old.code)} → \`${successors[i]?.code ?? ''}\` ${successors[i] ? pathOf(successors[i].code) : ''}`).join('; ')}.
- **One name, two units:** \`${AMBIGUOUS_TEAM_NAME}\` is ${teams.map((t) => `\`${t.code}\` (${pathOf(t.code)})`).join(' and ')}.
  info_list gives it bare — **ambiguous**, to be reported; expense_list gives the full path, so
  it resolves.
- **Not in the chart:** \`${UNKNOWN_DEPARTMENT_NAME}\` (a task force) appears in info_list —
  **unresolved**: the record is kept, the name reported, no \`plaza:responsibleUnit\`.
Every other department name in the samples resolves to exactly one unit valid at the row's date.`;
