// The labelled corpus: realistic Seoul administrative strings, each with the PII it carries.
import { FIELD_ENTRIES } from './corpus/fields.ts';
import { FREE_TEXT_ENTRIES } from './corpus/free-text.ts';
import { HARD_ENTRIES } from './corpus/hard-cases.ts';
import { IDENTIFIER_ENTRIES } from './corpus/identifiers.ts';
import { MASKED_AND_TRAP_ENTRIES } from './corpus/masked-and-traps.ts';
import { TITLE_ENTRIES } from './corpus/titles.ts';
import type { CorpusEntry } from './corpus/markup.ts';

export type { CorpusEntry, Expected } from './corpus/markup.ts';

export const CORPUS: readonly CorpusEntry[] = [
  ...TITLE_ENTRIES,
  ...MASKED_AND_TRAP_ENTRIES,
  ...FIELD_ENTRIES,
  ...IDENTIFIER_ENTRIES,
  ...FREE_TEXT_ENTRIES,
  ...HARD_ENTRIES,
];
