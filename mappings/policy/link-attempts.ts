// The look-ups records use to find their policy context: a department (resolved in the org chart
// for the record's date) with or without a unit task, and budget codes.
import type { MappingContext } from '../mapping.ts';
import type { LocalDate } from '../parse/fields.ts';
import type { LinkAttempt } from './link-context.ts';

type Department = { readonly code: string } | { readonly cannot: string; readonly reason: string };

function departmentOf(
  ctx: MappingContext,
  name: string | readonly string[],
  at: LocalDate | undefined,
): Department {
  const given = typeof name === 'string' ? name.trim() !== '' : name.some((n) => n.trim() !== '');
  if (!given) return { cannot: 'no department given', reason: 'no department given' };
  const r = ctx.orgs.resolve(name, at);
  if (r.status === 'resolved') return { code: r.code };
  return { cannot: 'department not identified', reason: r.reason };
}

/** The unit task (a task card or a taxonomy leaf) of a department on a date. */
export function unitTaskAttempt(
  ctx: MappingContext,
  field: string,
  task: string,
  department: string | readonly string[],
  at: LocalDate | undefined,
): LinkAttempt {
  if (task.trim() === '')
    return {
      basis: 'unit-task',
      field,
      cannot: 'no unit task given',
      reason: 'no unit task given',
    };
  const dept = departmentOf(ctx, department, at);
  if ('cannot' in dept) return { basis: 'unit-task', field, ...dept };
  return {
    basis: 'unit-task',
    field,
    resolution: ctx.initiatives.byUnitTask(task, dept.code, at),
  };
}

/** Everything a department owns in the period (their nearest common ancestor). */
export function departmentAttempt(
  ctx: MappingContext,
  field: string,
  department: string | readonly string[],
  at: LocalDate | undefined,
): LinkAttempt {
  const dept = departmentOf(ctx, department, at);
  if ('cannot' in dept) return { basis: 'department', field, ...dept };
  return { basis: 'department', field, resolution: byOrgUnit(ctx, dept.code, at) };
}

/**
 * What a unit owns; a unit that owns nothing acts through the units under it (a bureau through its
 * divisions, when one initiative holds all they own), else for the nearest unit above it that owns
 * something (a team for its division). The note says which way the link went.
 */
function byOrgUnit(ctx: MappingContext, code: string, at: LocalDate | undefined) {
  const own = ctx.initiatives.byDepartment(code, at);
  if (own.status !== 'unresolved') return own;
  const below: string[] = [];
  for (let level = ctx.orgs.children(code); level.length > 0;) {
    below.push(...level.map((u) => u.code));
    level = level.flatMap((u) => ctx.orgs.children(u.code));
  }
  if (below.length > 0) {
    const r = ctx.initiatives.byDepartments(below, at);
    if (r.status === 'resolved')
      return {
        ...r,
        note: `department ${code} owns no initiative; through the units under it: ${r.note ?? r.initiative.id}`,
      };
    if (r.status === 'ambiguous')
      return {
        ...r,
        reason: `department ${code} owns no initiative; the units under it: ${r.reason}`,
      };
  }
  const seen = new Set([code]);
  for (let up = ctx.orgs.unit(code)?.parentCode; up !== undefined && !seen.has(up);) {
    seen.add(up);
    const r = ctx.initiatives.byDepartment(up, at);
    if (r.status === 'resolved')
      return {
        ...r,
        note: `department ${code} owns no initiative; acting for ${up}${r.note === undefined ? '' : `: ${r.note}`}`,
      };
    if (r.status === 'ambiguous') return r;
    up = ctx.orgs.unit(up)?.parentCode;
  }
  return own;
}

/** A department the source states by its org-chart code. */
export function departmentCodeAttempt(
  ctx: MappingContext,
  field: string,
  code: string,
  at: LocalDate | undefined,
): LinkAttempt {
  return { basis: 'department', field, resolution: byOrgUnit(ctx, code, at) };
}

/** A budget code (detail project, or a programme's 정책사업 code). */
export function budgetCodeAttempt(ctx: MappingContext, field: string, code: string): LinkAttempt {
  if (code.trim() === '')
    return { basis: 'budget-code', field, cannot: 'no budget code given', reason: 'empty' };
  return { basis: 'budget-code', field, resolution: ctx.initiatives.byBudgetCode(code) };
}
