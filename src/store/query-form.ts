// Reads the form of a SPARQL query (SELECT/ASK/CONSTRUCT/DESCRIBE) past its prologue, without parsing it.

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** Whitespace, comments, and BASE/PREFIX declarations (IRIs may contain '#', so they are skipped whole). */
const PROLOGUE_ITEM = /^(?:\s+|#[^\n\r]*|(?:BASE\s*<[^>]*>)|(?:PREFIX\s+[^\s:]*:\s*<[^>]*>))/i;
const FORM = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i;

/** The query form, or undefined when the text does not start like a query. */
export function queryForm(sparql: string): QueryForm | undefined {
  let rest = sparql;
  for (let match = PROLOGUE_ITEM.exec(rest); match; match = PROLOGUE_ITEM.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return FORM.exec(rest)?.[1]?.toUpperCase() as QueryForm | undefined;
}
