// Resolves department names and name paths, as the lists give them, to organisation-chart units,
// honouring validity periods so renamed or merged departments keep resolving for their dates.
import { cleanText, formatDate, type LocalDate } from '../parse/fields.ts';

export interface OrgUnit {
  readonly code: string;
  readonly name: string;
  readonly parentCode?: string;
  readonly level: number;
  readonly type: string;
  readonly validFrom?: LocalDate;
  readonly validUntil?: LocalDate;
}

export type OrgResolution =
  | { readonly status: 'resolved'; readonly code: string }
  | { readonly status: 'unresolved' | 'ambiguous'; readonly reason: string };

const normalise = (name: string): string => cleanText(name).replace(/\s+/g, '');

function isoOf(d: LocalDate | undefined): string | undefined {
  return d === undefined ? undefined : formatDate(d);
}

/** An immutable index of organisation units by name. */
export class OrgDirectory {
  private readonly byCode = new Map<string, OrgUnit>();
  private readonly byName = new Map<string, OrgUnit[]>();

  constructor(units: Iterable<OrgUnit>) {
    for (const unit of units) {
      this.byCode.set(unit.code, unit);
      const key = normalise(unit.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), unit]);
    }
  }

  get size(): number {
    return this.byCode.size;
  }

  unit(code: string): OrgUnit | undefined {
    return this.byCode.get(code);
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
   * Resolves a department given as a bare name (`총무과`), a space- or `>`-separated path
   * (`행정국 총무과`, `서울특별시>행정국>총무과`) or a list of path levels, as of a date.
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
    if (at !== undefined && candidates.length > 1) {
      const day = formatDate(at);
      const valid = candidates.filter((u) => {
        const from = isoOf(u.validFrom);
        const until = isoOf(u.validUntil);
        return (from === undefined || from <= day) && (until === undefined || day <= until);
      });
      if (valid.length > 0) candidates = valid;
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
}
