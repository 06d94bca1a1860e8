// Decoders for the coded values of the city's lists: disclosure grade (with Art. 9(1) items),
// retention period, licence, payment method and the source page URL.
import type { DisclosureGradeNotation } from '../../src/vocab/iri.ts';
import { cleanText, FieldError } from './fields.ts';

export interface GradeValue {
  readonly grade: DisclosureGradeNotation;
  /** Art. 9(1) items the source names (`부분공개(6)`, `비공개(5,6)`); empty when not stated. */
  readonly items: readonly number[];
}

const GRADES: Readonly<Record<string, DisclosureGradeNotation>> = {
  공개: 'public',
  부분공개: 'restricted',
  비공개: 'non-public',
};

/** `공개`, `부분공개`, `비공개`, each optionally followed by `(n[,n…])` / `n호`; empty = not stated. */
export function parseGrade(field: string, value: string | undefined): GradeValue {
  const raw = cleanText(value).replace(/\s+/g, '');
  if (raw === '') return { grade: 'not-stated', items: [] };
  const m = /^(공개|부분공개|비공개)(?:[([](.*)[)\]])?$/u.exec(raw);
  const grade = m?.[1] === undefined ? undefined : GRADES[m[1]];
  if (!m || !grade)
    throw new FieldError(field, `unknown disclosure grade ${JSON.stringify(value)}`);
  const items = (m[2] ?? '')
    .split(/[,·ㆍ]/)
    .map((s) => s.replace(/호$/, '').trim())
    .filter((s) => s !== '')
    .map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1 || n > 8) {
        throw new FieldError(
          field,
          `not an Art. 9(1) item (1–8): ${JSON.stringify(s)} in ${JSON.stringify(value)}`,
        );
      }
      return n;
    });
  if (grade === 'public' && items.length > 0) {
    throw new FieldError(
      field,
      `a public grade cannot cite a withholding ground: ${JSON.stringify(value)}`,
    );
  }
  return { grade, items: [...new Set(items)].sort((a, b) => a - b) };
}

export type RetentionNotation = '1y' | '3y' | '5y' | '10y' | '30y' | 'semi-permanent' | 'permanent';

const RETENTION: Readonly<Record<string, RetentionNotation>> = {
  '1년': '1y',
  '3년': '3y',
  '5년': '5y',
  '10년': '10y',
  '30년': '30y',
  준영구: 'semi-permanent',
  영구: 'permanent',
};

export function parseRetention(
  field: string,
  value: string | undefined,
): RetentionNotation | undefined {
  const raw = cleanText(value).replace(/\s+/g, '');
  if (raw === '') return undefined;
  const r = RETENTION[raw] ?? RETENTION[`${raw}년`];
  if (!r) throw new FieldError(field, `unknown retention period ${JSON.stringify(value)}`);
  return r;
}

export type LicenceNotation = 'cc-by' | 'cc-by-nd' | 'cc-by-nc' | 'cc-by-nc-nd';

/** `CC BY`, `CC-BY-NC`, `cc by nc nd` …; empty = no licence stated. */
export function parseLicence(
  field: string,
  value: string | undefined,
): LicenceNotation | undefined {
  const raw = cleanText(value)
    .toUpperCase()
    .replace(/[\s_-]+/g, ' ');
  if (raw === '') return undefined;
  const m = /^CC BY( NC)?( ND)?$/.exec(raw);
  if (!m) throw new FieldError(field, `unknown licence ${JSON.stringify(value)}`);
  return `cc-by${m[1] ? '-nc' : ''}${m[2] ? '-nd' : ''}` as LicenceNotation;
}

export type PaymentNotation = 'card' | 'cash' | 'zeropay' | 'other';

export function parsePaymentMethod(value: string | undefined): PaymentNotation | undefined {
  const raw = cleanText(value).replace(/\s+/g, '');
  if (raw === '') return undefined;
  if (raw.includes('제로페이')) return 'zeropay';
  if (raw.includes('카드')) return 'card';
  if (raw.includes('현금') || raw.includes('계좌')) return 'cash';
  return 'other';
}

export interface SourcePage {
  readonly url: string;
  /** False for a bare `…/sanction/` (the list published, the full text not). */
  readonly fullTextPublished: boolean;
}

/** The source page URL; a bare collection URL (ending in `/`) means no full text is published. */
export function parseSourceUrl(field: string, value: string | undefined): SourcePage | undefined {
  const raw = cleanText(value).replace(/\\\//g, '/');
  if (raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new FieldError(field, `not a URL: ${JSON.stringify(value)} (${String(cause)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FieldError(field, `not an http(s) URL: ${JSON.stringify(value)}`);
  }
  const lastSegment =
    url.pathname
      .split('/')
      .filter((s) => s !== '')
      .at(-1) ?? '';
  const bare =
    url.pathname.endsWith('/') || /^(sanction|public|research|expense)$/.test(lastSegment);
  return { url: url.href, fullTextPublished: !bare };
}
