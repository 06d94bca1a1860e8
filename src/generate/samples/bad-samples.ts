// One deliberately broken export per kind (data/_bad/): good rows with a few malformed ones mixed in.
import type { RowSources } from '../render.ts';
import type { BadSample } from './bad-assemble.ts';
import { badExpenseList, badInfoList } from './bad-csv.ts';
import { badOrgChart } from './bad-org-chart.ts';
import { badPublicList, badResearchList } from './bad-tree.ts';
import { badPolicyList } from './policy-samples.ts';

export type { BadSample, ExpectedNotice, ExpectedReject } from './bad-assemble.ts';

export function buildBadSamples(sources: RowSources): BadSample[] {
  return [
    badInfoList(sources),
    badPublicList(sources),
    badResearchList(sources),
    badExpenseList(sources),
    badOrgChart(),
    badPolicyList(),
  ];
}
