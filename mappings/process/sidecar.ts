// The work-process sidecar (<name>.process.json): JSON Schema validation (ajv, draft 2020-12)
// and the typed links of one process. Errors are named by JSON pointer.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { InitiativeLevel } from '../../src/vocab/iri.ts';
import { FieldError } from '../parse/fields.ts';
import schema from '../schemas/work-process-sidecar.schema.json' with { type: 'json' };

export type ProducedDocument = { readonly recordType: string } | { readonly label: string };

export interface ProcessLinks {
  readonly initiatives?: readonly { readonly level: InitiativeLevel; readonly id: string }[];
  readonly department?: string;
  readonly legalBasis?: readonly {
    readonly law: string;
    readonly article: string;
    readonly eli?: string;
  }[];
  readonly function?: string;
  readonly steps?: Readonly<Record<string, { readonly produces: readonly ProducedDocument[] }>>;
}

export interface Sidecar {
  readonly processes: Readonly<Record<string, ProcessLinks>>;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
// RFC 3987 IRIs (law.go.kr addresses carry Korean): a scheme, then no space or forbidden character.
ajv.addFormat('iri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u);
const validate = ajv.compile<Sidecar>(schema);

/** `oneOf` failures repeat every branch's complaint: keep the most specific message per place. */
function messageOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties')
    return `unknown property "${String(e.params['additionalProperty'])}"`;
  if (e.keyword === 'enum')
    return `${e.message ?? 'is not allowed'}: ${(e.params['allowedValues'] as unknown[]).join(', ')}`;
  return e.message ?? e.keyword;
}

function schemaErrors(errors: readonly ErrorObject[]): FieldError[] {
  const byPlace = new Map<string, string>();
  for (const e of errors) {
    const place = e.instancePath;
    if (!byPlace.has(place)) byPlace.set(place, messageOf(e));
  }
  return [...byPlace].map(([place, message]) => new FieldError(`sidecar#${place}`, message));
}

/** Parses and validates a sidecar's text; the errors list every problem found. */
export function parseSidecar(text: string): { sidecar?: Sidecar; errors: FieldError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { errors: [new FieldError('sidecar', `not valid JSON: ${reason}`)] };
  }
  if (validate(value)) return { sidecar: value, errors: [] };
  return { errors: schemaErrors(validate.errors ?? []) };
}

/** JSON pointer of a member (RFC 6901 escaping). */
export function pointer(...segments: string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
