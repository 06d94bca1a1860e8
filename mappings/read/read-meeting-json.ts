// Decodes a meeting_minutes export (one JSON array of meeting objects) into one row per meeting:
// its `meeting_id` and the whole object as canonical JSON text (`document`), which the record log
// stores and hashes. The mapping validates the document against the JSON Schema.
import { canonicalJson } from '../parse/canonical-json.ts';
import type { DecodedItem } from './decoded.ts';
import { SourceFileError } from './errors.ts';
import { loadJsonDocument } from './read-json.ts';

export const MEETING_FIELDS = ['meeting_id', 'document'] as const;

function decodeMeeting(element: unknown, position: number): DecodedItem {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) {
    const found = element === null ? 'null' : Array.isArray(element) ? 'an array' : typeof element;
    return {
      type: 'reject',
      line: position,
      reason: `element ${position} is ${found}, not a meeting object`,
    };
  }
  const id: unknown = (element as Record<string, unknown>)['meeting_id'];
  if (typeof id !== 'string' || id.trim() === '') {
    return {
      type: 'reject',
      line: position,
      field: 'meeting_id',
      reason: `meeting ${position} has no meeting_id string`,
    };
  }
  return {
    type: 'row',
    line: position,
    entries: [
      ['meeting_id', id],
      ['document', canonicalJson(element)],
    ],
  };
}

/** `line` of each meeting is its 1-based position in the array. */
export async function* readMeetingJson(path: string): AsyncGenerator<DecodedItem> {
  const document = await loadJsonDocument(path);
  if (!Array.isArray(document)) {
    throw new SourceFileError(path, 'expected one JSON array of meeting objects');
  }
  yield { type: 'header', names: document.length === 0 ? [] : [...MEETING_FIELDS] };
  for (const [index, element] of document.entries()) yield decodeMeeting(element, index + 1);
}
