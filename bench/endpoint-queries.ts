// The endpoint benchmark's queries: the same text goes to Plaza and to Virtuoso, and only over
// our own vocabulary, so Virtuoso's system graphs (in its default graph) add no rows.
const PREFIXES =
  'PREFIX plaza: <https://w3id.org/plaza/def#> PREFIX dct: <http://purl.org/dc/terms/> ';

/** A resource page's query: every property of one record. */
export function pointLookup(iri: string): string {
  return `SELECT ?p ?o WHERE { <${iri}> ?p ?o }`;
}

/** Picks the lookup targets: approval documents, in a stable order. */
export function lookupTargets(count: number): string {
  return `${PREFIXES}SELECT ?doc WHERE { ?doc a plaza:ApprovalDocument } ORDER BY ?doc LIMIT ${count}`;
}

/** The organisational unit with the most documents (the list queries' subject). */
export const BUSIEST_UNIT = `${PREFIXES}SELECT ?unit (COUNT(?doc) AS ?n) WHERE { ?doc a plaza:ApprovalDocument ; plaza:responsibleUnit ?unit } GROUP BY ?unit ORDER BY DESC(?n) ?unit LIMIT 1`;

/** A list page: one unit's documents with title and date, 100 rows. */
export function unitDocuments(unit: string): string {
  return `${PREFIXES}SELECT ?doc ?title ?created WHERE { ?doc plaza:responsibleUnit <${unit}> ; dct:title ?title ; dct:created ?created } ORDER BY ?doc LIMIT 100`;
}

/** The same list as a graph (about 300 triples). */
export function unitDocumentsGraph(unit: string): string {
  return `${PREFIXES}CONSTRUCT { ?doc dct:title ?title ; dct:created ?created ; plaza:responsibleUnit <${unit}> } WHERE { { SELECT ?doc ?title ?created WHERE { ?doc plaza:responsibleUnit <${unit}> ; dct:title ?title ; dct:created ?created } ORDER BY ?doc LIMIT 100 } }`;
}

/** Would run for hours on any store: a three-way cross product of every triple. */
export const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

/** A cheap query to wait on until a store is itself again. */
export const ANALYTIC_PROBE = 'ASK { ?s ?p ?o }';

/** Analytic queries (the adapter against Virtuoso direct). */
export const ANALYTIC: Readonly<Record<string, string>> = {
  'COUNT … GROUP BY grade': `${PREFIXES}SELECT ?grade (COUNT(?doc) AS ?n) WHERE { ?doc a plaza:ApprovalDocument ; dct:accessRights ?grade } GROUP BY ?grade ORDER BY ?grade`,
  'COUNT … GROUP BY unit': `${PREFIXES}SELECT ?unit (COUNT(?doc) AS ?n) WHERE { ?doc a plaza:ApprovalDocument ; plaza:responsibleUnit ?unit } GROUP BY ?unit ORDER BY ?unit`,
  'SUM … GROUP BY department': `${PREFIXES}SELECT ?dept (SUM(?amount) AS ?total) (COUNT(?line) AS ?lines) WHERE { ?line dct:isPartOf ?report ; plaza:amount ?amount . ?report a plaza:ExpenseReport ; plaza:departmentName ?dept } GROUP BY ?dept ORDER BY ?dept`,
  'SUM … GROUP BY year': `${PREFIXES}SELECT ?year (SUM(?amount) AS ?total) WHERE { ?line a plaza:BudgetLine ; plaza:fiscalYear ?year ; plaza:currentBudgetAmount ?amount } GROUP BY ?year ORDER BY ?year`,
};
