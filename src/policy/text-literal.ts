// Which literals are text the PII detector reads: strings and language-tagged strings, not the
// numbers, dates and truth values whose datatype (checked by SHACL) says what they are.
import type * as RDF from '@rdfjs/types';

const NON_TEXT: ReadonlySet<string> = new Set(
  [
    'decimal',
    'integer',
    'nonNegativeInteger',
    'positiveInteger',
    'double',
    'float',
    'boolean',
    'date',
    'dateTime',
    'gYear',
    'gYearMonth',
    'time',
    'duration',
  ].map((local) => `http://www.w3.org/2001/XMLSchema#${local}`),
);

export function isTextLiteral(term: RDF.Term): term is RDF.Literal {
  return term.termType === 'Literal' && !NON_TEXT.has(term.datatype.value);
}
