// The city spine's consistency: org codes and validity, unit tasks, ids, hierarchy, budget codes, references.
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/generate/calendar.ts';
import {
  CITY_COMMITTEES,
  CITY_PROCESSES,
  cityBudgetCodes,
  cityInitiative,
  cityInitiatives,
  cityInitiativesAt,
  projectsCovering,
  type CityInitiative,
  type Period,
} from '../../src/generate/city/index.ts';
import { departments, isValidOn, orgUnits } from '../../src/generate/org-chart.ts';

const SAFE_KEY = /^[A-Za-z0-9._~-]+$/;
const ID_PATTERN = {
  policy: /^POL-\d{2}$/,
  programme: /^PRG-\d{2}-\d$/,
  project: /^PRJ-\d{2}-\d-\d$/,
};
const PARENT_LEVEL = { policy: undefined, programme: 'policy', project: 'programme' } as const;

const unitByCode = new Map(orgUnits().map((unit) => [unit.code, unit]));
const departmentByCode = new Map(departments().map((dept) => [dept.unit.code, dept]));

function validThroughout(code: string, period: Period): boolean {
  const unit = unitByCode.get(code);
  if (!unit) return false;
  // A unit's validity is one interval, so both ends suffice.
  return isValidOn(unit, dayFromIso(period.from)) && isValidOn(unit, dayFromIso(period.to));
}

/** `notation → broader notation ('' for a field)` from the budget-function scheme. */
function budgetFunctionScheme(): Map<string, string> {
  const text = readFileSync('ontology/schemes/budget-function.ttl', 'utf8');
  const quads = new Parser({ baseIRI: 'https://example.org/' }).parse(text);
  const notationOf = new Map<string, string>();
  for (const q of quads) {
    if (q.predicate.value.endsWith('core#notation'))
      notationOf.set(q.subject.value, q.object.value);
  }
  const scheme = new Map([...notationOf.values()].map((n) => [n, '']));
  for (const q of quads) {
    if (!q.predicate.value.endsWith('core#broader')) continue;
    scheme.set(notationOf.get(q.subject.value) ?? '?', notationOf.get(q.object.value) ?? '?');
  }
  return scheme;
}

const initiatives = cityInitiatives();

describe('city spine initiatives', () => {
  it('has about twenty policies with two to four programmes of two or three projects', () => {
    const policies = cityInitiativesAt('policy');
    expect(policies.length).toBeGreaterThanOrEqual(18);
    for (const policy of policies) {
      const programmes = initiatives.filter((i) => i.parentId === policy.id);
      expect(programmes.length, policy.id).toBeGreaterThanOrEqual(2);
      expect(programmes.length, policy.id).toBeLessThanOrEqual(4);
      for (const programme of programmes) {
        const projects = initiatives.filter((i) => i.parentId === programme.id);
        expect(projects.length, programme.id).toBeGreaterThanOrEqual(2);
        expect(projects.length, programme.id).toBeLessThanOrEqual(3);
      }
    }
  });

  it('gives every initiative a unique, IRI-safe id of its level and both names', () => {
    expect(new Set(initiatives.map((i) => i.id)).size).toBe(initiatives.length);
    for (const i of initiatives) {
      expect(i.id).toMatch(SAFE_KEY);
      expect(i.id).toMatch(ID_PATTERN[i.level]);
      expect(i.nameKo).toMatch(/[가-힣]/);
      expect(i.nameEn).toMatch(/^[A-Z0-9]/);
    }
  });

  it('hangs every programme and project under a parent of the level above, without cycles', () => {
    for (const i of initiatives) {
      const expected = PARENT_LEVEL[i.level];
      if (expected === undefined) {
        expect(i.parentId, i.id).toBe('');
        continue;
      }
      expect(cityInitiative(i.parentId)?.level, i.id).toBe(expected);
      const seen = new Set([i.id]);
      let current: CityInitiative | undefined = i;
      while (current && current.parentId !== '') {
        expect(seen.has(current.parentId), `cycle at ${i.id}`).toBe(false);
        seen.add(current.parentId);
        current = cityInitiative(current.parentId);
      }
      expect(current?.level).toBe('policy');
    }
  });

  it('keeps every period well formed and inside its parent’s', () => {
    for (const i of initiatives) {
      expect(i.period.from <= i.period.to, i.id).toBe(true);
      const parent = cityInitiative(i.parentId);
      if (!parent) continue;
      expect(parent.period.from <= i.period.from && i.period.to <= parent.period.to, i.id).toBe(
        true,
      );
    }
  });

  it('is owned by org-chart departments that exist for the whole period', () => {
    for (const i of initiatives) {
      expect(departmentByCode.has(i.deptCode), `${i.id} ${i.deptCode}`).toBe(true);
      expect(validThroughout(i.deptCode, i.period), `${i.id} ${i.deptCode}`).toBe(true);
    }
  });

  it('takes its classification and unit tasks from the owning department', () => {
    for (const i of initiatives) {
      const dept = departmentByCode.get(i.deptCode);
      expect(i.functionPath, i.id).toBe(dept?.taxonomy);
      for (const task of i.unitTasks) expect(dept?.tasks, `${i.id} ${task}`).toContain(task);
    }
    for (const project of cityInitiativesAt('project'))
      expect(project.unitTasks.length).toBeGreaterThan(0);
  });

  it('leaves no department task of the sample months uncovered, and each in one programme', () => {
    for (const day of ['2023-12-15', '2024-01-15', '2024-06-15']) {
      for (const dept of departments().filter((d) => isValidOn(d.unit, dayFromIso(day)))) {
        for (const task of dept.tasks) {
          const projects = projectsCovering(dept.unit.code, task, day);
          expect(projects.length, `${day} ${dept.displayName} ${task}`).toBeGreaterThan(0);
          expect(new Set(projects.map((p) => p.parentId)).size, `${day} ${task}`).toBe(1);
        }
      }
    }
  });
});

describe('city spine budget codes', () => {
  const codes = cityBudgetCodes();
  const scheme = budgetFunctionScheme();

  it('funds every project and only projects', () => {
    for (const i of initiatives) expect(i.budget.length > 0, i.id).toBe(i.level === 'project');
  });

  it('uses 분야/부문 codes of the scheme, the sector inside its field', () => {
    for (const { projectId, code } of codes) {
      expect(scheme.get(code.realmCode), projectId).toBe('');
      expect(scheme.get(code.sectCode), projectId).toBe(code.realmCode);
    }
  });

  it('mints unique detail codes, one unit code per project and one programme code per programme', () => {
    expect(new Set(codes.map((c) => c.code.detailCode)).size).toBe(codes.length);
    const unitOwners = new Map<string, Set<string>>();
    const programmeOwners = new Map<string, Set<string>>();
    for (const { projectId, code } of codes) {
      expect(code.detailCode).toMatch(/^\d+$/);
      expect(code.detailCode.startsWith(code.unitCode)).toBe(true);
      const programmeId = cityInitiative(projectId)?.parentId ?? '';
      unitOwners.set(code.unitCode, (unitOwners.get(code.unitCode) ?? new Set()).add(projectId));
      programmeOwners.set(
        code.programmeCode,
        (programmeOwners.get(code.programmeCode) ?? new Set()).add(programmeId),
      );
    }
    for (const owners of [...unitOwners.values(), ...programmeOwners.values()]) {
      expect(owners.size).toBe(1);
    }
    expect(programmeOwners.size).toBe(cityInitiativesAt('programme').length);
  });

  it('names an account: the general account or a special account', () => {
    for (const { code } of codes) expect(code.account.nameKo).toMatch(/^(일반회계|\S+특별회계)$/);
  });
});

describe('city spine committees and processes', () => {
  it('has committees with unique codes, a type, a valid owner and existing policies', () => {
    expect(CITY_COMMITTEES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(CITY_COMMITTEES.map((c) => c.code)).size).toBe(CITY_COMMITTEES.length);
    for (const committee of CITY_COMMITTEES) {
      expect(committee.code).toMatch(/^C\d{3}$/);
      expect(unitByCode.has(committee.code)).toBe(false);
      expect(['심의', '자문', '의결']).toContain(committee.type);
      expect(validThroughout(committee.deptCode, { from: '2023-01-01', to: '2024-12-31' })).toBe(
        true,
      );
      expect(committee.policyIds.length).toBeGreaterThan(0);
      for (const id of committee.policyIds) expect(cityInitiative(id)?.level, id).toBe('policy');
    }
  });

  it('has processes run by the initiative’s department on one of its unit tasks', () => {
    expect(CITY_PROCESSES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(CITY_PROCESSES.map((p) => p.id)).size).toBe(CITY_PROCESSES.length);
    for (const process of CITY_PROCESSES) {
      expect(process.id).toMatch(SAFE_KEY);
      const initiative = cityInitiative(process.initiativeId);
      expect(initiative, process.id).toBeDefined();
      expect(process.deptCode).toBe(initiative?.deptCode);
      expect(initiative?.unitTasks).toContain(process.unitTask);
      expect(process.legalBasis).toMatch(/(법|조례)/);
      expect(process.documentTypes.length).toBeGreaterThanOrEqual(2);
    }
  });
});
