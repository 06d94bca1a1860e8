// The policy-list section of data/README.md: the city spine's hierarchy, files, codes and the reorganisation.
import { CITY_COMMITTEES, CITY_PROCESSES } from '../city/index.ts';
import { cityInitiatives, cityInitiativesAt } from '../city/spine.ts';
import { COLUMNS } from '../columns.ts';
import { orgUnits } from '../org-chart.ts';
import { POLICY_SAMPLE_NAMES } from './policy-samples.ts';

const nameOf = new Map(orgUnits().map((unit) => [unit.code, unit.name]));
const split = cityInitiativesAt('programme').filter((p) => /[12]단계$/.test(p.nameKo));
const multiCode = cityInitiatives().filter((i) => i.budget.length > 1);

export const POLICY_LIST_NOTES = `## Policy list (\`policy_list/\`) — the city spine

The one invented city every other kind draws on (\`src/generate/city/\`): ${cityInitiativesAt('policy').length} policies (정책,
\`POL-nn\`), ${cityInitiativesAt('programme').length} programmes (사업, \`PRG-nn-g\`) and ${cityInitiativesAt('project').length} projects (세부사업, \`PRJ-nn-g-j\`).
\`${POLICY_SAMPLE_NAMES.json}\` holds policies 01–11 with everything below them, \`${POLICY_SAMPLE_NAMES.csv}\`
policies 12–22: each file is a whole hierarchy, since a parent must be in the same file.
Columns (both forms, JSON values all strings, lists \`;\`-separated; schema
\`mappings/schemas/policy-list.schema.json\`): \`${COLUMNS.policy_list.join(',')}\`.

- Owners are org-chart codes valid for the whole period; \`function_path\` and \`unit_tasks\` are the
  owner's (org_chart notes above), so a document's \`tkcrd_nm\` + department + date finds its project.
- The 2024 reorganisation splits programmes in two: ${split.map((p) => `\`${p.id}\` ${p.nameKo} (${nameOf.get(p.deptCode) ?? p.deptCode}, ${p.period.from}–${p.period.to})`).join(', ')}.
- Projects carry 분야/부문 (\`realm_code\`/\`sect_code\`, real codes) and their 세부사업 codes
  (\`detail_bsns_code\`, minted, unique); programmes their 정책사업 code (\`policy_bsns_code\`). Projects
  with two detail codes: ${multiCode.map((p) => `\`${p.id}\``).join(', ')}.
- Committees of the spine (meeting minutes draw on them): ${CITY_COMMITTEES.map((c) => `\`${c.code}\` ${c.nameKo.replace('서울특별시 ', '')} (${c.type})`).join(', ')}.
- Work processes of the spine: ${CITY_PROCESSES.map((p) => `\`${p.id}\` ${p.nameKo} → \`${p.initiativeId}\``).join(', ')}.`;
