// Replaces personal data with one constant token: never partial, length-preserving or hashed.
import type { PiiFinding } from './types.ts';

/** The one placeholder every masked span becomes, whatever it hid and however long it was. */
export const PII_MASK_TOKEN = '[비공개]';

/**
 * Overlapping or touching findings become a single token, so the output says neither how many
 * items were hidden nor how long they were. Out-of-range offsets are clamped.
 */
export function maskPii(
  text: string,
  findings: readonly Pick<PiiFinding, 'start' | 'end'>[],
): string {
  const spans = findings
    .map(
      (f) =>
        [
          Math.max(0, Math.min(f.start, text.length)),
          Math.max(0, Math.min(f.end, text.length)),
        ] as const,
    )
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  let open: [number, number] | undefined;
  for (const [start, end] of spans) {
    if (open && start <= open[1]) {
      open[1] = Math.max(open[1], end);
      continue;
    }
    if (open) {
      out += text.slice(cursor, open[0]) + PII_MASK_TOKEN;
      cursor = open[1];
    }
    open = [start, end];
  }
  if (open) out += text.slice(cursor, open[0]) + PII_MASK_TOKEN + text.slice(open[1]);
  return out;
}
