// Finds the policies, programmes and projects a record belongs to: by id, budget code, unit task
// (with department and date) or department. Pure; built from parsed policy_list records.
import type { InitiativeLevel } from '../../src/vocab/iri.ts';
import { cleanText, formatDate, type LocalDate } from '../parse/fields.ts';
import type { InitiativeRecord } from './parse-initiative.ts';

export interface InitiativeRef {
  readonly id: string;
  readonly level: InitiativeLevel;
}

export type InitiativeResolution =
  | {
      readonly status: 'resolved';
      readonly initiative: InitiativeRef;
      /** The initiatives that matched; several when the link goes to their common ancestor. */
      readonly candidates: readonly InitiativeRef[];
      /** Why a common ancestor was chosen, when it was. */
      readonly note?: string;
    }
  | {
      readonly status: 'ambiguous';
      readonly reason: string;
      readonly candidates: readonly InitiativeRef[];
    }
  | { readonly status: 'unresolved'; readonly reason: string };

const DEPTH: Readonly<Record<InitiativeLevel, number>> = { policy: 0, programme: 1, project: 2 };
const ref = (r: InitiativeRecord): InitiativeRef => ({ id: r.id, level: r.level });
const list = (rs: readonly InitiativeRecord[]): string => rs.map((r) => r.id).join(', ');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** An immutable index of the city's initiatives. */
export class InitiativeDirectory {
  private readonly byId = new Map<string, InitiativeRecord>();
  private readonly byCode = new Map<string, InitiativeRecord[]>();
  private readonly byDept = new Map<string, InitiativeRecord[]>();

  constructor(records: Iterable<InitiativeRecord>) {
    for (const r of records) {
      this.byId.set(r.id, r);
      for (const code of [r.programmeCode, ...r.detailCodes]) {
        if (code !== undefined) push(this.byCode, code, r);
      }
      if (r.deptCode !== undefined) push(this.byDept, r.deptCode, r);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): InitiativeRecord | undefined {
    return this.byId.get(id);
  }

  /** An id the source states explicitly (`PRJ-03-2-1`). */
  byIdentifier(id: string): InitiativeResolution {
    const r = this.byId.get(id);
    if (r) return { status: 'resolved', initiative: ref(r), candidates: [ref(r)] };
    return {
      status: 'unresolved',
      reason: `no policy, programme or project ${JSON.stringify(id)}`,
    };
  }

  /** A detail-project (세부사업) code of a project, or a programme's 정책사업 code. */
  byBudgetCode(code: string): InitiativeResolution {
    const found = this.byCode.get(code) ?? [];
    const [only, ...rest] = found;
    if (only && rest.length === 0)
      return { status: 'resolved', initiative: ref(only), candidates: [ref(only)] };
    if (!only) return { status: 'unresolved', reason: `no project has budget code ${code}` };
    return {
      status: 'ambiguous',
      reason: `budget code ${code} is given to ${found.length} initiatives (${list(found)})`,
      candidates: found.map(ref),
    };
  }

  /**
   * A unit task of a department on a date: the most specific initiatives covering it; several
   * of them link to their nearest common ancestor, or are ambiguous when they have none.
   */
  byUnitTask(card: string, deptCode: string, at?: LocalDate): InitiativeResolution {
    // A task card as the lists give it: `[지출]업무추진비집행` names the task `업무추진비집행`.
    const task = cleanText(card.replace(/^\s*(\[[^\]]*\]\s*)+/u, ''));
    const covering = (this.byDept.get(deptCode) ?? []).filter(
      (r) => r.unitTasks.includes(task) && this.activeOn(r, at),
    );
    const when = at === undefined ? '' : ` on ${formatDate(at)}`;
    if (covering.length === 0) {
      return {
        status: 'unresolved',
        reason: `no initiative of department ${deptCode} covers unit task ${JSON.stringify(task)}${when}`,
      };
    }
    const deepest = Math.max(...covering.map((r) => DEPTH[r.level]));
    return this.commonAncestor(covering.filter((r) => DEPTH[r.level] === deepest));
  }

  /** A department (on a date): the nearest common ancestor of everything it owns. */
  byDepartment(deptCode: string, at?: LocalDate): InitiativeResolution {
    const owned = (this.byDept.get(deptCode) ?? []).filter((r) => this.activeOn(r, at));
    if (owned.length === 0) {
      const when = at === undefined ? '' : ` on ${formatDate(at)}`;
      return { status: 'unresolved', reason: `department ${deptCode} owns no initiative${when}` };
    }
    return this.commonAncestor(owned);
  }

  /** Several departments together (a bureau through its divisions): what they all own. */
  byDepartments(deptCodes: readonly string[], at?: LocalDate): InitiativeResolution {
    const owned = deptCodes.flatMap((c) =>
      (this.byDept.get(c) ?? []).filter((r) => this.activeOn(r, at)),
    );
    if (owned.length === 0) {
      const when = at === undefined ? '' : ` on ${formatDate(at)}`;
      return {
        status: 'unresolved',
        reason: `departments ${deptCodes.join(', ')} own no initiative${when}`,
      };
    }
    return this.commonAncestor(owned);
  }

  /**
   * Whether the period covers the date. A bound the row leaves empty is its nearest ancestor's
   * (a project runs for its programme's period unless it says otherwise); no bound at all is open.
   */
  private activeOn(r: InitiativeRecord, at: LocalDate | undefined): boolean {
    if (at === undefined) return true;
    const day = formatDate(at);
    const lineage = this.lineage(r);
    const start = lineage.find((a) => a.start !== undefined)?.start;
    const end = lineage.find((a) => a.end !== undefined)?.end;
    return (
      (start === undefined || formatDate(start) <= day) &&
      (end === undefined || day <= formatDate(end))
    );
  }

  /** The record and its ancestors, nearest first (stops at a missing parent or a cycle). */
  private lineage(r: InitiativeRecord): InitiativeRecord[] {
    const chain: InitiativeRecord[] = [];
    for (let at: InitiativeRecord | undefined = r; at && !chain.includes(at);) {
      chain.push(at);
      at = at.parentId === undefined ? undefined : this.byId.get(at.parentId);
    }
    return chain;
  }

  private commonAncestor(found: readonly InitiativeRecord[]): InitiativeResolution {
    const candidates = found.map(ref);
    const [first, ...rest] = found;
    if (!first) return { status: 'unresolved', reason: 'nothing matched' };
    if (rest.length === 0) return { status: 'resolved', initiative: ref(first), candidates };
    const shared = this.lineage(first).find((a) => rest.every((r) => this.lineage(r).includes(a)));
    if (!shared) {
      return {
        status: 'ambiguous',
        reason: `${found.length} initiatives of different policies match (${list(found)})`,
        candidates,
      };
    }
    const note = `${found.length} initiatives match (${list(found)}); linked to ${shared.id}, which holds them all`;
    return { status: 'resolved', initiative: ref(shared), candidates, note };
  }
}
