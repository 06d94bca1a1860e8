// policy_list rows (정책 → 사업 → 세부사업) → a typed initiative; every bad field is named at once.
import type { InitiativeLevel } from '../../src/vocab/iri.ts';
import type { Fields } from '../mapping.ts';
import { FieldReader } from '../parse/field-reader.ts';
import {
  cleanText,
  FieldError,
  formatDate,
  optionalDate,
  required,
  type LocalDate,
} from '../parse/fields.ts';
import { parseKey } from '../parse/keys.ts';

export interface InitiativeRecord {
  readonly id: string;
  readonly level: InitiativeLevel;
  /** Absent for policies; programmes and projects always have one. */
  readonly parentId?: string;
  readonly nameKo: string;
  readonly nameEn?: string;
  /** Org-chart code of the owning department. */
  readonly deptCode?: string;
  readonly start?: LocalDate;
  readonly end?: LocalDate;
  /** `>`-separated function-classification path of the owning department. */
  readonly functionPath?: string;
  readonly unitTasks: readonly string[];
  /** 분야 and 부문 codes of the local-finance functional classification. */
  readonly realmCode?: string;
  readonly sectCode?: string;
  /** Programmes: the 정책사업 code. */
  readonly programmeCode?: string;
  /** Projects: their 세부사업 codes. */
  readonly detailCodes: readonly string[];
}

/** The level a parent must have, by the child's level. */
export const PARENT_LEVEL: Readonly<Record<InitiativeLevel, InitiativeLevel | undefined>> = {
  policy: undefined,
  programme: 'policy',
  project: 'programme',
};

const LEVELS: Readonly<Record<string, InitiativeLevel>> = {
  policy: 'policy',
  programme: 'programme',
  project: 'project',
  정책: 'policy',
  사업: 'programme',
  세부사업: 'project',
};

function parseLevel(field: string, value: string | undefined): InitiativeLevel {
  const v = cleanText(value);
  if (v === '') throw new FieldError(field, 'required value is missing');
  const level = Object.hasOwn(LEVELS, v.toLowerCase()) ? LEVELS[v.toLowerCase()] : undefined;
  if (level === undefined) {
    throw new FieldError(
      field,
      `unknown level ${JSON.stringify(v)} (expected policy, programme or project; 정책, 사업 or 세부사업)`,
    );
  }
  return level;
}

/** A `;`-separated list; blanks between separators are dropped. */
export function splitList(value: string | undefined): string[] {
  return cleanText(value)
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function digitCodes(field: string, value: string | undefined): string[] {
  const codes = splitList(value);
  const bad = codes.filter((c) => !/^\d+$/.test(c));
  if (bad.length > 0) throw new FieldError(field, `not a budget code (digits): ${bad.join(', ')}`);
  return codes;
}

function functionCode(field: string, value: string | undefined): string | undefined {
  const v = cleanText(value);
  if (v === '') return undefined;
  if (!/^\d{3}$/.test(v))
    throw new FieldError(field, `not a three-digit code: ${JSON.stringify(v)}`);
  return v;
}

function singleCode(field: string, value: string | undefined): string | undefined {
  const codes = digitCodes(field, value);
  if (codes.length > 1)
    throw new FieldError(field, `one programme code expected: ${codes.join(', ')}`);
  return codes[0];
}

const optionalKey = (field: string, value: string | undefined): string | undefined =>
  cleanText(value) === '' ? undefined : parseKey(field, value);

const optionalText = (_field: string, value: string | undefined): string | undefined =>
  cleanText(value) === '' ? undefined : cleanText(value);

/** Rules across fields, once each field decoded. */
function crossFieldErrors(
  r: Omit<InitiativeRecord, 'level'> & { level?: InitiativeLevel },
): FieldError[] {
  const errors: FieldError[] = [];
  if (r.level === 'policy' && r.parentId !== undefined)
    errors.push(new FieldError('parent_id', `a policy has no parent (given ${r.parentId})`));
  if (r.level !== undefined && r.level !== 'policy' && r.parentId === undefined)
    errors.push(
      new FieldError('parent_id', `a ${r.level} needs its parent ${PARENT_LEVEL[r.level]}`),
    );
  if (r.start && r.end && formatDate(r.end) < formatDate(r.start))
    errors.push(
      new FieldError(
        'end_date',
        `ends (${formatDate(r.end)}) before it starts (${formatDate(r.start)})`,
      ),
    );
  if (r.realmCode && r.sectCode && r.sectCode.slice(0, 2) !== r.realmCode.slice(0, 2))
    errors.push(new FieldError('sect_code', `sector ${r.sectCode} is not in field ${r.realmCode}`));
  if (r.level !== undefined && r.level !== 'project' && r.detailCodes.length > 0)
    errors.push(new FieldError('detail_bsns_code', 'only projects carry detail-project codes'));
  if (r.level !== undefined && r.level !== 'programme' && r.programmeCode !== undefined)
    errors.push(new FieldError('policy_bsns_code', 'only programmes carry a programme code'));
  return errors;
}

export function parseInitiative(fields: Fields): InitiativeRecord {
  const f = new FieldReader(fields);
  const id = f.get('id', parseKey);
  const level = f.get('level', parseLevel);
  const parentId = f.get('parent_id', optionalKey);
  const nameKo = f.get('name_ko', required);
  const nameEn = f.get('name_en', optionalText);
  const deptCode = f.get('dept_code', optionalKey);
  const start = f.get('start_date', optionalDate);
  const end = f.get('end_date', optionalDate);
  const functionPath = f.get('function_path', optionalText);
  const realmCode = f.get('realm_code', functionCode);
  const sectCode = f.get('sect_code', functionCode);
  const programmeCode = f.get('policy_bsns_code', singleCode);
  const detailCodes = f.get('detail_bsns_code', digitCodes) ?? [];
  const record = {
    id: id ?? '',
    ...(level === undefined ? {} : { level }),
    ...(parentId === undefined ? {} : { parentId }),
    nameKo: nameKo ?? '',
    ...(nameEn === undefined ? {} : { nameEn }),
    ...(deptCode === undefined ? {} : { deptCode }),
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    ...(functionPath === undefined ? {} : { functionPath }),
    unitTasks: splitList(fields['unit_tasks']),
    ...(realmCode === undefined ? {} : { realmCode }),
    ...(sectCode === undefined ? {} : { sectCode }),
    ...(programmeCode === undefined ? {} : { programmeCode }),
    detailCodes,
  };
  // Through the reader, so cross-field errors join the field errors of the same row.
  for (const error of crossFieldErrors(record)) {
    f.get(error.field, () => {
      throw error;
    });
  }
  f.finish();
  return { ...record, level: level as InitiativeLevel };
}
