// Folds look-alike characters (fullwidth digits, dash and space variants, decomposed Hangul,
// zero-width marks) so rules see one spelling, and maps offsets back to the original string.

export interface NormalizedText {
  readonly text: string;
  /** Original offset where normalised code unit `i` starts. */
  start(i: number): number;
  /** Original offset just after normalised code unit `i`. */
  end(i: number): number;
}

/** Anything outside printable ASCII, Hangul syllables and a few common marks needs a look. */
const NEEDS_WORK = /[^\x20-\x7e\uac00-\ud7a3\u318d\u00b7\u300c-\u300f\u3131-\u318c]/;

const IDENTITY_START = (i: number): number => i;
const IDENTITY_END = (i: number): number => i + 1;

export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) {
    return { text: original, start: IDENTITY_START, end: IDENTITY_END };
  }
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let reshaped = false;
  let changed = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isInvisible(c)) {
      reshaped = true;
      continue;
    }
    if (c >= 0x1100 && c <= 0x1112) {
      const composed = composeJamo(original, i);
      if (composed) {
        out.push(composed.syllable);
        starts.push(i);
        ends.push(i + composed.width);
        i += composed.width - 1;
        reshaped = true;
        continue;
      }
    }
    const folded = fold(c);
    if (folded !== c) changed = true;
    out.push(folded);
    starts.push(i);
    ends.push(i + 1);
  }
  const text = reshaped || changed ? fromCodes(out) : original;
  if (!reshaped) return { text, start: IDENTITY_START, end: IDENTITY_END };
  return {
    text,
    start: (i) => starts[i] ?? original.length,
    end: (i) => ends[i] ?? original.length,
  };
}

/** `String.fromCharCode` in chunks: spreading a long array would overflow the argument limit. */
function fromCodes(codes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192)
    s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x00ad ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0x180e ||
    (c >= 0x202a && c <= 0x202e)
  );
}

function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // fullwidth ASCII
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63) return 0x2d;
  if (c === 0x3000 || c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return 0x20;
  if (c === 0x202f || c === 0x205f || c === 0x2028 || c === 0x2029) return 0x20;
  if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) return 0x20;
  return c;
}

/** Conjoining jamo (NFD Hangul, as macOS writes it) composed into one syllable. */
function composeJamo(s: string, i: number): { syllable: number; width: number } | undefined {
  const l = s.charCodeAt(i) - 0x1100;
  const v = s.charCodeAt(i + 1) - 0x1161;
  if (!(v >= 0 && v < 21)) return undefined;
  const t = s.charCodeAt(i + 2) - 0x11a7;
  const hasT = t > 0 && t < 28;
  return { syllable: 0xac00 + (l * 21 + v) * 28 + (hasT ? t : 0), width: hasT ? 3 : 2 };
}
