// Splits text into runs of Hangul syllables, the units the name rule reasons about.

export interface HangulToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function isSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

export function hangulTokens(text: string): HangulToken[] {
  const tokens: HangulToken[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && isSyllable(text.charCodeAt(i));
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      tokens.push({ start, end: i, text: text.slice(start, i) });
      start = -1;
    }
  }
  return tokens;
}
