// Validates one meeting object: the JSON Schema first (ajv), then what a schema cannot say —
// unique agenda orders, decisions on existing items, vote counts consistent with attendance.
// Every problem is a FieldError named by its JSON pointer, so a reject says where it is.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import schema from '../schemas/meeting-minutes.schema.json' with { type: 'json' };
import { RowError } from '../mapping.ts';
import {
  FieldError,
  formatDateTime,
  parseDate,
  parseDateTime,
  type LocalDate,
} from '../parse/fields.ts';
import type { LocalDateTime } from '../parse/fields.ts';
import { ADOPTING_OUTCOMES, DECISION_OUTCOMES, VOTING_ROLES } from './codes.ts';
import type { MeetingJson } from './meeting-document.ts';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
ajv.addSchema(schema);
const validateMeeting = ajv.getSchema(`${schema.$id}#/$defs/meeting`);
if (!validateMeeting) throw new Error('meeting-minutes schema has no $defs/meeting');

/** A meeting that passed every check, with its times decoded. */
export interface CheckedMeeting {
  readonly json: MeetingJson;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime | undefined;
  readonly release: LocalDate | undefined;
}

/** One schema error as a pointer and a reason; `then`/`if` wrappers say nothing and are dropped. */
function schemaError(e: ErrorObject): FieldError | undefined {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'if') return undefined;
  if (e.keyword === 'false schema' && e.schemaPath.includes('/then/'))
    return new FieldError('/closure', 'an open meeting (open: true) has no closure');
  if (e.keyword === 'required')
    return new FieldError(`${e.instancePath}/${String(params['missingProperty'])}`, 'is required');
  if (e.keyword === 'additionalProperties') {
    const name = String(params['additionalProperty']);
    return new FieldError(`${e.instancePath}/${name}`, 'is not a property the format defines');
  }
  if (e.keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v));
    return new FieldError(e.instancePath, `must be one of ${allowed.join(', ')}`);
  }
  return new FieldError(e.instancePath, e.message ?? e.keyword);
}

function checkAgendaAndDecisions(m: MeetingJson, errors: FieldError[]): void {
  const orders = new Map<number, number>();
  m.agenda.forEach((item, i) => {
    const first = orders.get(item.order);
    if (first === undefined) orders.set(item.order, i);
    else
      errors.push(
        new FieldError(
          `/agenda/${i}/order`,
          `duplicate agenda order ${item.order} (also /agenda/${first}/order)`,
        ),
      );
  });
  const voting = m.attendees.filter((a) => VOTING_ROLES.has(a.role)).length;
  const decided = new Map<number, number>();
  (m.decisions ?? []).forEach((d, i) => {
    const at = `/decisions/${i}`;
    if (!orders.has(d.agenda_order))
      errors.push(
        new FieldError(`${at}/agenda_order`, `no agenda item has order ${d.agenda_order}`),
      );
    const earlier = decided.get(d.agenda_order);
    if (earlier !== undefined)
      errors.push(
        new FieldError(
          `${at}/agenda_order`,
          `agenda item ${d.agenda_order} already has a decision (/decisions/${earlier})`,
        ),
      );
    else decided.set(d.agenda_order, i);
    if (!d.votes) return;
    const cast = d.votes.yes + d.votes.no + d.votes.abstain;
    if (cast > voting)
      errors.push(
        new FieldError(
          `${at}/votes`,
          `${cast} votes counted but only ${voting} voting members (위원장, 부위원장, 위원) attended`,
        ),
      );
    if (ADOPTING_OUTCOMES.has(DECISION_OUTCOMES[d.outcome]) && d.votes.no > d.votes.yes)
      errors.push(
        new FieldError(
          `${at}/outcome`,
          `${d.outcome} with more votes against (${d.votes.no}) than in favour (${d.votes.yes})`,
        ),
      );
  });
}

function decodeTimes(m: MeetingJson, errors: FieldError[]): Omit<CheckedMeeting, 'json'> {
  const read = <T>(decode: () => T): T | undefined => {
    try {
      return decode();
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      errors.push(error);
      return undefined;
    }
  };
  const kst = (v: string) => v.replace(/\+09:00$/, '');
  const start = read(() => parseDateTime('/start', kst(m.start)));
  const end = m.end === undefined ? undefined : read(() => parseDateTime('/end', kst(m.end ?? '')));
  const releaseDate = m.closure?.release_date;
  const release =
    releaseDate === undefined
      ? undefined
      : read(() => parseDate('/closure/release_date', releaseDate));
  if (start && end && formatDateTime(end) < formatDateTime(start))
    errors.push(
      new FieldError('/end', `the meeting ends (${m.end}) before it starts (${m.start})`),
    );
  return { start: start as LocalDateTime, end, release };
}

/** Parses and checks a meeting's canonical JSON text; throws a RowError naming every problem. */
export function checkMeeting(document: string | undefined): CheckedMeeting {
  let value: unknown;
  try {
    value = JSON.parse(document ?? '');
  } catch {
    throw new RowError([new FieldError('document', 'is not a JSON text')]);
  }
  if (!validateMeeting?.(value)) {
    const errors = (validateMeeting?.errors ?? []).map(schemaError).filter((e) => e !== undefined);
    throw new RowError(errors.length > 0 ? errors : [new FieldError('', 'not a meeting object')]);
  }
  const json = value as MeetingJson;
  const errors: FieldError[] = [];
  checkAgendaAndDecisions(json, errors);
  const times = decodeTimes(json, errors);
  if (errors.length > 0) throw new RowError(errors);
  return { json, ...times };
}
