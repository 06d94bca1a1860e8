// Writes meetings as a JSON array in the styles source systems use: indented or compact, ASCII-
// escaped, keys in the system's own order (the reader canonicalises, so none of this matters).

export interface MeetingStyle {
  /** 0: compact. */
  readonly indent: number;
  /** Every non-ASCII character as `\uXXXX`. */
  readonly asciiEscape?: boolean;
  /** Object keys written in reverse order (a system that does not sort). */
  readonly reverseKeys?: boolean;
}

function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

export function encodeMeetings(meetings: readonly unknown[], style: MeetingStyle): string {
  const value = style.reverseKeys === true ? meetings.map(reversed) : meetings;
  let text = JSON.stringify(value, null, style.indent > 0 ? style.indent : undefined);
  if (style.asciiEscape === true)
    text = text.replace(
      /[^\n -~]/g, // JSON.stringify leaves no other control character
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  return `${text}\n`;
}
