// Resolves department names and name paths, as the lists give them, to organisation-chart units,
// honouring validity periods so renamed or merged departments keep resolving for their dates.
import { cleanText, formatDate, type LocalDate } from '../parse/fields.ts';

/** What happened to a unit in a reorganisation (the org-change-type scheme's notations). */
export type OrgChangeType = 'established' | 'renamed' | 'merged' | 'split' | 'abolished';

export interface OrgUnit {
  readonly code: string;
  readonly name: string;
  readonly parentCode?: string;
  readonly level: number;
  readonly type: string;
  readonly validFrom?: LocalDate;
  readonly validUntil?: LocalDate;
  /** The reorganisation this row states: how the unit ended (or, `established`, began). */
  readonly changeType?: OrgChangeType;
  /** The units that took over when this one ended (renamed/merged: one; split: several). */
  readonly successorCodes?: readonly string[];
}

export type OrgResolution =
  | {
      readonly status: 'resolved';
      readonly code: string;
      /** Set when the name was followed through a reorganisation to the unit of the date. */
      readonly note?: string;
    }
  | { readonly status: 'unresolved' | 'ambiguous'; readonly reason: string };

const normalise = (name: string): string => cleanText(name).replace(/\s+/g, '');

function isoOf(d: LocalDate | undefined): string | undefined {
  return d === undefined ? undefined : formatDate(d);
}

/** Whether a unit was valid on an ISO day (bounds inclusive, open ends unbounded). */
export function validOn(unit: OrgUnit, day: string): boolean {
  const from = isoOf(unit.validFrom);
  const until = isoOf(unit.validUntil);
  return (from === undefined || from <= day) && (until === undefined || day <= until);
}

/** Changes a name survives: the unit's work went on under exactly one successor. */
const CONTINUED: ReadonlySet<OrgChangeType | undefined> = new Set(['renamed', 'merged']);

/** An immutable index of organisation units by name. */
export class OrgDirectory {
  private readonly byCode = new Map<string, OrgUnit>();
  private readonly byName = new Map<string, OrgUnit[]>();
  private readonly byParent = new Map<string, OrgUnit[]>();

  constructor(units: Iterable<OrgUnit>) {
    for (const unit of units) {
      this.byCode.set(unit.code, unit);
      const key = normalise(unit.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), unit]);
      if (unit.parentCode !== undefined)
        this.byParent.set(unit.parentCode, [...(this.byParent.get(unit.parentCode) ?? []), unit]);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  unit(code: string): OrgUnit | undefined {
    return this.byCode.get(code);
  }

  /** The units directly under a unit (of any period). */
  children(code: string): readonly OrgUnit[] {
    return this.byParent.get(code) ?? [];
  }

  /** Names from the root down to the unit itself. */
  private ancestry(unit: OrgUnit): string[] {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let u: OrgUnit | undefined = unit; u && !seen.has(u.code);) {
      seen.add(u.code);
      names.unshift(normalise(u.name));
      u = u.parentCode === undefined ? undefined : this.byCode.get(u.parentCode);
    }
    return names;
  }

  /**
   * The unit that carried on a unit's work on `day`, following renames and merges (one successor
   * each) from a unit that had already ended; undefined when the trail ends elsewhere (a split, an
   * abolition, a successor not in the chart or not yet valid).
   */
  successorOn(unit: OrgUnit, day: string): { unit: OrgUnit; steps: OrgUnit[] } | undefined {
    const steps: OrgUnit[] = [];
    const seen = new Set<string>([unit.code]);
    let u = unit;
    while (!validOn(u, day)) {
      const until = isoOf(u.validUntil);
      const [next, ...more] = u.successorCodes ?? [];
      if (until === undefined || until >= day || !CONTINUED.has(u.changeType)) return undefined;
      const successor = more.length === 0 && next !== undefined ? this.byCode.get(next) : undefined;
      if (!successor || seen.has(successor.code)) return undefined;
      seen.add(successor.code);
      steps.push(successor);
      u = successor;
    }
    return steps.length === 0 ? undefined : { unit: u, steps };
  }

  /**
   * Resolves a department given as a bare name (`총무과`), a space- or `>`-separated path
   * (`행정국 총무과`, `서울특별시>행정국>총무과`) or a list of path levels, as of a date.
   *
   * Reorganisations: when no unit of that name was valid on the date, and every unit of that
   * name had ended in a rename or merge whose successors lead to one unit valid on the date, the
   * name resolves to that successor, with a note. Otherwise (no date, dates before the change,
   * splits, abolitions) the name resolves to the unit that bore it, as the chart gives it.
   */
  resolve(name: string | readonly string[], at?: LocalDate): OrgResolution {
    const path = (typeof name === 'string' ? name.split(/\s*>\s*|\s+/) : name)
      .map(normalise)
      .filter((s) => s !== '');
    const display = path.join(' > ');
    const leaf = path.at(-1);
    if (leaf === undefined) return { status: 'unresolved', reason: 'no department name given' };
    // A name with spaces may itself be one unit's name ("복지정책실 복지기획관" as a single unit).
    const whole = path.join('');
    let candidates = this.byName.get(leaf) ?? this.byName.get(whole) ?? [];
    if (candidates.length === 0) {
      return {
        status: 'unresolved',
        reason: `department ${JSON.stringify(display)} is not in the organisation chart`,
      };
    }
    if (path.length > 1 && this.byName.has(leaf)) {
      const ancestors = path.slice(0, -1);
      candidates = candidates.filter((u) => {
        const names = this.ancestry(u).slice(0, -1);
        let i = 0;
        for (const n of names) if (n === ancestors[i]) i++;
        return i === ancestors.length;
      });
    }
    if (at !== undefined && candidates.length > 0) {
      const day = formatDate(at);
      const valid = candidates.filter((u) => validOn(u, day));
      if (valid.length > 0 && candidates.length > 1) candidates = valid;
      if (valid.length === 0) {
        const followed = this.followAll(candidates, day, display);
        if (followed) return followed;
      }
    }
    const [only, ...rest] = candidates;
    if (only && rest.length === 0) return { status: 'resolved', code: only.code };
    if (!only) {
      return {
        status: 'unresolved',
        reason: `no unit named ${JSON.stringify(display)} under that path`,
      };
    }
    return {
      status: 'ambiguous',
      reason: `department ${JSON.stringify(display)} matches ${candidates.length} units (${candidates.map((u) => u.code).join(', ')})`,
    };
  }

  /** Every candidate followed to its successor on `day`: resolved only if they all agree. */
  private followAll(
    candidates: readonly OrgUnit[],
    day: string,
    display: string,
  ): OrgResolution | undefined {
    const trails = candidates.map((u) => ({ from: u, to: this.successorOn(u, day) }));
    const targets = new Set(trails.map((t) => t.to?.unit.code));
    const [first] = trails;
    if (!first?.to || targets.size !== 1) return undefined;
    let trail = `${first.from.name} ${first.from.code}`;
    let before = first.from;
    for (const step of first.to.steps) {
      const on = before.validUntil === undefined ? '' : ` ${changeDay(before.validUntil)}`;
      trail += ` ${before.changeType ?? 'changed'}${on} → ${step.name} ${step.code}`;
      before = step;
    }
    return {
      status: 'resolved',
      code: first.to.unit.code,
      note: `department ${JSON.stringify(display)} had been reorganised by ${day}: ${trail}; resolved to the successor`,
    };
  }
}

/** The day a change took effect: the day after the old unit's last valid day. */
export function changeDay(lastDay: LocalDate): string {
  const d = new Date(Date.UTC(lastDay.year, lastDay.month - 1, lastDay.day + 1));
  return d.toISOString().slice(0, 10);
}
