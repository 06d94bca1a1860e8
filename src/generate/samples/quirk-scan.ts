// Finds where each documented quirk occurs in the sample files, for the quirk map in data/README.md.
import { AMBIGUOUS_TEAM_NAME, UNKNOWN_DEPARTMENT_NAME } from '../org-chart.ts';
import { GIVEN_NAMES, SURNAMES } from '../people.ts';
import { ROW_QUIRKS } from './row-quirks.ts';
import type { SampleFile } from './build-samples.ts';

export interface QuirkOccurrences {
  readonly quirk: string;
  readonly count: number;
  /** `file:line` (CSV) or `file#record` (JSON/XML), first few. */
  readonly examples: readonly string[];
}

export function locate(file: SampleFile, index: number): string {
  const position = file.positions[index] ?? index + 1;
  return file.style.format === 'csv' ? `${file.name}:${position}` : `${file.name}#${position}`;
}

/** Whether a text holds an unmasked invented person's name in parentheses, `(박지훈)`. */
export function hasBareName(text: string): boolean {
  for (const match of text.matchAll(/[(（]([가-힣])([가-힣]{2})[)）]/g)) {
    if (
      SURNAMES.includes(match[1] ?? '') &&
      (GIVEN_NAMES as readonly string[]).includes(match[2] ?? '')
    ) {
      return true;
    }
  }
  return false;
}

// prettier-ignore
const FILE_QUIRKS: readonly (readonly [string, (file: SampleFile) => boolean])[] = [
  ['CSV with UTF-8 BOM', (f) => f.style.format === 'csv' && f.text.startsWith('\uFEFF')],
  ['CSV without BOM', (f) => f.style.format === 'csv' && !f.text.startsWith('\uFEFF')],
  ['CSV with every field quoted', (f) => f.style.quoteAll === true],
  ['info_list header with the older column spellings', (f) => f.style.legacyNames === true],
  ['info_list `othbc_se` empty for the whole file', (f) => f.spec?.gradeless === true],
  ['JSON `\\uXXXX` escapes (upper-case hex) and `\\/`', (f) => f.style.asciiEscape === 'upper'],
  ['JSON `\\uxxxx` escapes (lower-case hex) and `\\/`', (f) => f.style.asciiEscape === 'lower'],
  ['JSON as plain UTF-8', (f) => f.style.format === 'json' && f.style.asciiEscape === undefined],
  ['XML hexadecimal references `&#xAC00;`', (f) => f.style.format === 'xml' && f.style.references === 'hex'],
  ['XML decimal references `&#44032;`', (f) => f.style.format === 'xml' && f.style.references === 'decimal'],
  ['XML empty elements (`<cpyrht/>`, `<othbc_se/>`)', (f) => f.style.format === 'xml' && /<\w+\/>/.test(f.text)],
  ['same rows re-exported in another file (overlap)', (f) => f.spec?.sameRowsAs !== undefined],
];

export function fileQuirks(files: readonly SampleFile[]): QuirkOccurrences[] {
  return FILE_QUIRKS.map(([quirk, test]) => {
    const hits = files
      .filter((file) => file.kind !== 'policy_list') // Plaza's own list: no city-export quirks
      .filter(test)
      .map((file) => file.name);
    return { quirk, count: hits.length, examples: hits };
  });
}

export function rowQuirks(files: readonly SampleFile[], maxExamples = 4): QuirkOccurrences[] {
  return ROW_QUIRKS.map(({ quirk, kinds, test }) => {
    const hits: string[] = [];
    for (const file of files) {
      if (file.kind === 'org_chart' || file.kind === 'policy_list') continue;
      if (!kinds.includes(file.kind)) continue;
      if (file.spec?.sameRowsAs !== undefined) continue;
      file.rows.forEach((row, i) => {
        if (
          test(row, {
            hasBareName,
            ambiguous: AMBIGUOUS_TEAM_NAME,
            unknown: UNKNOWN_DEPARTMENT_NAME,
          })
        ) {
          hits.push(locate(file, i));
        }
      });
    }
    return { quirk, count: hits.length, examples: hits.slice(0, maxExamples) };
  });
}
