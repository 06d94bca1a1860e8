// Content negotiation for RDF graph responses: `?format=` wins, then Accept with q-values and
// specificity; Turtle when the client states no preference.
import Negotiator from 'negotiator';
import { FORMATS, formatByName, type Format } from '../serialize/formats.ts';
import { HttpError } from './errors.ts';

const GRAPH_FORMATS = FORMATS.filter((f) => f.family === 'graph');
// Turtle first: what a client without a preference gets.
const OFFERED = [
  ...GRAPH_FORMATS.filter((f) => f.name === 'ttl'),
  ...GRAPH_FORMATS.filter((f) => f.name !== 'ttl'),
];

export function negotiateGraphFormat(
  accept: string | undefined,
  format: string | undefined,
): Format {
  const names = GRAPH_FORMATS.map((f) => f.name).join(', ');
  if (format !== undefined) {
    const chosen = formatByName(format);
    if (!chosen || chosen.family !== 'graph')
      throw new HttpError(400, 'BAD_FORMAT', `format=${format} is not a graph format (${names})`);
    return chosen;
  }
  if (accept === undefined || accept.trim() === '') return OFFERED[0]!;
  const types = OFFERED.flatMap((f) => [f.mediaType, ...f.aliases]);
  const [best] = new Negotiator({ headers: { accept } }).mediaTypes(types);
  const chosen =
    best === undefined
      ? undefined
      : OFFERED.find((f) => f.mediaType === best || f.aliases.includes(best));
  if (!chosen)
    throw new HttpError(
      406,
      'NOT_ACCEPTABLE',
      `none of the accepted types can be served: ${OFFERED.map((f) => f.mediaType).join(', ')}`,
    );
  return chosen;
}
