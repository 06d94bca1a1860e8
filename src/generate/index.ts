// The generate layer's public surface: synthetic exports for benchmarks, and row builders for tests.
export {
  generateExports,
  planExports,
  type GenerateOptions,
  type GenerateResult,
} from './exports.ts';
export { generateApprovalRows, type ApprovalRowOptions } from './approval-rows.ts';
export { generateDisclosureRows } from './disclosure-rows.ts';
export { generateResearchRows } from './research-rows.ts';
export { generateExpenseRows } from './expense-rows.ts';
export { orgChartRows, orgUnits, departments } from './org-chart.ts';
export { COLUMNS, LEGACY_INFO_LIST_NAMES, type ExportKind, type ExportRow } from './columns.ts';
export { createEncoder, encodeAll, type FileStyle } from './encode.ts';
