// The budget_list columns in the order the city's budget exports give them.
import { CANONICAL_COLUMNS } from '../../../mappings/read/columns.ts';

/** Every canonical column but `budget_phase`, which a file states once (name or envelope head). */
export const COLUMNS_BUDGET: readonly string[] = CANONICAL_COLUMNS.budget_list.filter(
  (c) => c !== 'budget_phase',
);
