// Fields a file states once for all its rows: the budget phase of a budget_list export comes from
// the JSON envelope's head (`{"budget_phase": …}`) or the file name (`2024_original_budget_list.csv`).
import { basename, extname } from 'node:path';
import { parseBudgetPhase } from '../parse/budget-codes.ts';
import { FieldError } from '../parse/fields.ts';
import type { SourceKind } from '../types.ts';
import { SourceFileError } from './errors.ts';

/** `{year}_{phase}_budget_list`, phase `original`, `supplementary-N` or `settlement`. */
const PHASE_IN_NAME = /(?:^|_)(original|settlement|supplementary-\d+)(?=_)/i;

/** The phase the file name states, if any (undefined when it names none). */
export function phaseFromFileName(path: string): string | undefined {
  return PHASE_IN_NAME.exec(basename(path, extname(path)))?.[1]?.toLowerCase();
}

function phaseOf(path: string, stated: string, where: string): string {
  try {
    return parseBudgetPhase('budget_phase', stated);
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    throw new SourceFileError(path, `${where}: ${error.message}`, {
      line: 0,
      field: 'budget_phase',
    });
  }
}

/**
 * The fields to add to every row of the file (a row's own column wins). Throws a SourceFileError
 * when the file must state something it does not, or states it twice differently.
 */
export function fileFields(
  kind: SourceKind,
  path: string,
  columns: readonly string[],
  head: Readonly<Record<string, string>>,
): Record<string, string> {
  if (kind !== 'budget_list' || columns.includes('budget_phase')) return {};
  const named = phaseFromFileName(path);
  const fromName = named === undefined ? undefined : phaseOf(path, named, 'file name');
  const stated = head['budget_phase'];
  const fromHead = stated === undefined ? undefined : phaseOf(path, stated, 'envelope head');
  if (fromName !== undefined && fromHead !== undefined && fromName !== fromHead) {
    throw new SourceFileError(
      path,
      `the file name says budget phase ${fromName} but the envelope head says ${fromHead}`,
      { line: 0, field: 'budget_phase' },
    );
  }
  const phase = fromHead ?? fromName;
  if (phase === undefined) {
    throw new SourceFileError(
      path,
      'budget phase not stated: name the file {year}_{original|supplementary-N|settlement}_budget_list.{csv|json}, ' +
        'put "budget_phase" in the JSON envelope head, or give a budget_phase column',
      { line: 0, field: 'budget_phase' },
    );
  }
  return { budget_phase: phase };
}
