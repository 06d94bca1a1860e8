// Test helper: findings as readable `[kind, covered text]` pairs, or just their rule names.
import { detectPii } from '../../../src/policy/pii/detect.ts';
import type { PiiContext, PiiKind } from '../../../src/policy/pii/types.ts';

export function spans(text: string, context?: PiiContext): [PiiKind, string][] {
  return detectPii(text, context).map((f) => [f.kind, text.slice(f.start, f.end)]);
}

export function rules(text: string, context?: PiiContext): string[] {
  return detectPii(text, context).map((f) => f.rule);
}
