// What a budget line is checked against: functional classification (분야 → 부문, SOURCES.md),
// budget phases (본예산 / 추경 / 결산), account types (일반회계 / 특별회계 / 기금), codes and amounts.
import { cleanText, FieldError, parseAmount } from './fields.ts';

/**
 * 분야 → its 부문 codes. Every code here is a concept of ontology/schemes/budget-function.ttl, except
 * the sub-sectors the code list gives without a name (UNNAMED_SECTORS), which have no concept.
 */
export const BUDGET_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  '010': ['011', '013', '014', '016'],
  '020': ['023', '025', '026'],
  '050': ['051', '052', '053'],
  '060': ['061', '062', '063', '064', '065'],
  '070': ['071', '072', '073', '074', '075', '076'],
  '080': ['081', '082', '084', '085', '086', '087', '088', '089'],
  '090': ['091', '093'],
  '100': ['101', '102', '103'],
  '110': ['111', '112', '113', '114', '115', '116'],
  '120': ['121', '123', '124', '125', '126'],
  '140': ['141', '142', '143'],
  '150': ['151', '152', '153'],
  '160': ['161'],
  '900': ['901'],
};

/** Real sub-sector codes the code list names no label for: valid, but without a scheme concept. */
export const UNNAMED_SECTORS: ReadonlySet<string> = new Set([
  '111',
  '112',
  '113',
  '114',
  '115',
  '116',
  '151',
  '152',
  '153',
  '161',
  '901',
]);

export interface BudgetFunction {
  readonly realm: string;
  readonly sector: string;
}

/** A 분야 code known to the code list. */
export function parseRealm(field: string, value: string | undefined): string {
  const code = cleanText(value);
  if (code === '') throw new FieldError(field, 'required value is missing');
  if (!Object.hasOwn(BUDGET_FUNCTIONS, code)) {
    throw new FieldError(field, `unknown 분야 (field) code ${JSON.stringify(code)}`);
  }
  return code;
}

/** A 부문 code known to the code list and under the given 분야. */
export function parseSector(field: string, value: string | undefined, realm?: string): string {
  const code = cleanText(value);
  if (code === '') throw new FieldError(field, 'required value is missing');
  const owner = Object.entries(BUDGET_FUNCTIONS).find(([, sectors]) => sectors.includes(code));
  if (!owner) throw new FieldError(field, `unknown 부문 (sector) code ${JSON.stringify(code)}`);
  if (realm !== undefined && owner[0] !== realm) {
    throw new FieldError(
      field,
      `부문 (sector) ${code} belongs to 분야 ${owner[0]}, not to the row's 분야 ${realm}`,
    );
  }
  return code;
}

/** Budget phase notations of ontology/schemes/budget-phase.ttl. */
export type BudgetPhase = 'original' | `supplementary-${1 | 2 | 3 | 4 | 5}` | 'settlement';

const KOREAN_PHASES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^본예산$/, () => 'original'],
  [/^결산$/, () => 'settlement'],
  [
    /^제?(\d)회?\s*추가?경정?예산$|^제?(\d)회\s*추경$|^(\d)차\s*추경$/,
    (m) => `supplementary-${m[1] ?? m[2] ?? m[3] ?? ''}`,
  ],
];

/**
 * A budget phase as a file states it: the notation (`original`, `supplementary-1` … `-5`,
 * `settlement`) or its Korean name (`본예산`, `제1회 추경`, `제1회 추가경정예산`, `결산`).
 */
export function parseBudgetPhase(field: string, value: string | undefined): BudgetPhase {
  const raw = cleanText(value);
  if (raw === '') throw new FieldError(field, 'budget phase is not stated');
  let notation = raw.toLowerCase();
  for (const [pattern, to] of KOREAN_PHASES) {
    const m = pattern.exec(raw);
    if (m) notation = to(m);
  }
  if (/^(original|settlement|supplementary-[1-5])$/.test(notation)) return notation as BudgetPhase;
  throw new FieldError(
    field,
    `unknown budget phase ${JSON.stringify(raw)} (expected original, supplementary-1…5, settlement or 본예산, 제N회 추경, 결산)`,
  );
}

/** Account types of ontology/schemes/budget-account.ttl (the broader concepts of every account). */
export type AccountType = 'general' | 'special' | 'fund';

/** The account type from the account's name: 일반회계, …특별회계 or …기금. */
export function parseAccountType(field: string, value: string | undefined): AccountType {
  const name = cleanText(value).replace(/\s+/g, '');
  if (name === '일반회계') return 'general';
  if (name.endsWith('특별회계')) return 'special';
  if (name.endsWith('기금')) return 'fund';
  throw new FieldError(
    field,
    `unknown account ${JSON.stringify(cleanText(value))} (expected 일반회계, …특별회계 or …기금)`,
  );
}

/** A budget code (account, department, programme/unit/detail project): letters and digits only. */
export function parseBudgetCode(field: string, value: string | undefined): string {
  const code = cleanText(value);
  if (code === '') throw new FieldError(field, 'required code is missing');
  if (!/^[A-Za-z0-9_-]+$/.test(code)) {
    throw new FieldError(
      field,
      `code ${JSON.stringify(code)} has characters other than A-Z, 0-9, _ and -`,
    );
  }
  return code;
}

/** Amount columns → measure property; `etc_crntam` (transfers in and out) may be negative. */
export const BUDGET_MEASURES = [
  ['budget_crntam', 'currentBudgetAmount'],
  ['nxndr', 'nationalShare'],
  ['cty', 'cityShare'],
  ['signgunon', 'districtShare'],
  ['etc_crntam', 'otherShare'],
  ['expndtram', 'executedAmount'],
  ['orgnztnam', 'budgetAmount'],
] as const;
const MAY_BE_NEGATIVE = new Set(['etc_crntam']);
const REQUIRED_AMOUNTS = new Set(['budget_crntam']);

/** A budget amount in won: `budget_crntam` required, the others optional; see BUDGET_MEASURES. */
export function parseBudgetAmount(field: string, value: string | undefined): string | undefined {
  if (cleanText(value) === '') {
    if (REQUIRED_AMOUNTS.has(field)) throw new FieldError(field, 'required amount is missing');
    return undefined;
  }
  const decimal = parseAmount(field, value);
  if (decimal.startsWith('-') && !MAY_BE_NEGATIVE.has(field)) {
    throw new FieldError(field, `amount may not be negative: ${JSON.stringify(cleanText(value))}`);
  }
  return decimal;
}
