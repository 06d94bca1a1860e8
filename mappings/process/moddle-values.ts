// Reading values off bpmn-moddle elements: lists, trimmed text, one-line labels, references, and
// documentation as plain text.
import type { ModdleElement } from './bpmn-document.ts';

export const localName = (type: string): string => type.slice(type.indexOf(':') + 1);
export const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
export const list = (value: unknown): ModdleElement[] =>
  Array.isArray(value) ? (value as ModdleElement[]) : [];
export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
/** Labels: modellers break them over lines for the diagram; the name is one line. */
export const label = (value: unknown): string => text(value).replace(/\s+/g, ' ');
export const ref = (value: unknown): ModdleElement | undefined =>
  typeof value === 'object' && value !== null ? (value as ModdleElement) : undefined;

const ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** Some modellers (Yaoqiang, Bizagi) write documentation as HTML: keep its text only. */
function plainText(value: string): string {
  if (!/<\/?(p|span|div|br|b|i|u|font|ul|ol|li)\b[^>]*>/i.test(value)) return value;
  return value
    .replace(/<br\s*\/?>|<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function documentationOf(element: ModdleElement): string {
  return list(element['documentation'])
    .map((d) => plainText(text(d['text'])))
    .filter((t) => t !== '')
    .join('\n\n');
}
