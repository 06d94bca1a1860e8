// Queries a hostile researcher would send to recover a masked value: each must answer D and D′
// byte-identically. They run on the public store as `plaza query` does (the SPARQL endpoint of
// issue 5 reruns them over HTTP).
const P = `PREFIX plaza: <https://w3id.org/plaza/def#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;
const B = 'http://localhost:3000/';
const STUB = `<${B}id/document/202404435880003>`;
const WITHHELD_EMAIL = `<${B}id/document/202404435880007>`;
const TITLE = `?s dct:title ?t .`;

export const ATTACKS: readonly { readonly name: string; readonly query: string }[] = [
  // FILTER / string tests on free text
  {
    name: 'filter contains a surname',
    query: `${P}SELECT ?s WHERE { ${TITLE} FILTER(CONTAINS(?t, "김")) }`,
  },
  {
    name: 'filter strstarts',
    query: `${P}SELECT ?s WHERE { ${TITLE} FILTER(STRSTARTS(?t, "민원인")) }`,
  },
  {
    name: 'regex mobile',
    query: `${P}SELECT ?s WHERE { ?s ?p ?t FILTER(REGEX(STR(?t), "01[0-9]-?[0-9]{3,4}-?[0-9]{4}")) }`,
  },
  {
    name: 'regex resident number',
    query: `${P}SELECT ?s WHERE { ?s ?p ?t FILTER(REGEX(STR(?t), "[0-9]{6}-?[1-4][0-9]{6}")) }`,
  },
  { name: 'regex e-mail', query: `${P}SELECT ?s WHERE { ?s ?p ?t FILTER(REGEX(STR(?t), "@")) }` },
  {
    name: 'regex plate',
    query: `${P}SELECT ?s WHERE { ?s ?p ?t FILTER(REGEX(STR(?t), "[0-9]{2,3}[가-힣][0-9]{4}")) }`,
  },
  {
    name: 'regex lot address',
    query: `${P}SELECT ?s WHERE { ?s ?p ?t FILTER(REGEX(STR(?t), "동 [0-9]+-[0-9]+")) }`,
  },
  { name: 'strends', query: `${P}SELECT ?s WHERE { ${TITLE} FILTER(STRENDS(?t, "관련)")) }` },
  {
    name: 'lcase contains',
    query: `${P}SELECT ?s WHERE { ?s ?p ?t FILTER(CONTAINS(LCASE(STR(?t)), "mail")) }`,
  },
  // length and substrings
  {
    name: 'strlen of titles',
    query: `${P}SELECT ?s (STRLEN(?t) AS ?n) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  {
    name: 'substr of titles',
    query: `${P}SELECT ?s (SUBSTR(?t, 1, 12) AS ?x) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  {
    name: 'strbefore/strafter',
    query: `${P}SELECT ?s (STRAFTER(?t, "(") AS ?x) (STRBEFORE(?t, ")") AS ?y) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  {
    name: 'strlen of every literal',
    query: `${P}SELECT ?s ?p (STRLEN(STR(?o)) AS ?n) WHERE { ?s ?p ?o FILTER(ISLITERAL(?o)) } ORDER BY ?s ?p ?n`,
  },
  // ordering and extremes
  { name: 'order by title', query: `${P}SELECT ?s WHERE { ${TITLE} } ORDER BY ?t ?s` },
  { name: 'order by title desc', query: `${P}SELECT ?s WHERE { ${TITLE} } ORDER BY DESC(?t) ?s` },
  {
    name: 'min and max title',
    query: `${P}SELECT (MIN(?t) AS ?lo) (MAX(?t) AS ?hi) WHERE { ${TITLE} }`,
  },
  {
    name: 'order by any literal',
    query: `${P}SELECT ?s ?p WHERE { ?s ?p ?o FILTER(ISLITERAL(?o)) } ORDER BY ?o ?s ?p`,
  },
  // counting and differencing
  {
    name: 'count titles with a digit',
    query: `${P}SELECT (COUNT(*) AS ?n) WHERE { ${TITLE} FILTER(REGEX(?t, "[0-9]")) }`,
  },
  {
    name: 'group by title length',
    query: `${P}SELECT ?n (COUNT(*) AS ?c) WHERE { ${TITLE} BIND(STRLEN(?t) AS ?n) } GROUP BY ?n ORDER BY ?n`,
  },
  {
    name: 'sum of lengths',
    query: `${P}SELECT (SUM(STRLEN(STR(?o))) AS ?n) WHERE { ?s ?p ?o FILTER(ISLITERAL(?o)) }`,
  },
  {
    name: 'sum of codepoints differencing',
    query: `${P}SELECT ?s (SUM(STRLEN(STRAFTER(?t, "인 "))) AS ?n) WHERE { ${TITLE} } GROUP BY ?s ORDER BY ?s`,
  },
  {
    name: 'count distinct values per property',
    query: `${P}SELECT ?p (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p`,
  },
  {
    name: 'count triples per graph',
    query: `${P}SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g`,
  },
  // hashes and encodings
  { name: 'md5 of titles', query: `${P}SELECT ?s (MD5(?t) AS ?h) WHERE { ${TITLE} } ORDER BY ?s` },
  {
    name: 'sha256 of every literal',
    query: `${P}SELECT ?s ?p (SHA256(STR(?o)) AS ?h) WHERE { ?s ?p ?o FILTER(ISLITERAL(?o)) } ORDER BY ?s ?p ?h`,
  },
  {
    name: 'sha1 group_concat',
    query: `${P}SELECT (SHA1(GROUP_CONCAT(?t; separator="|")) AS ?h) WHERE { SELECT ?t WHERE { ${TITLE} } ORDER BY ?t }`,
  },
  {
    name: 'encode_for_uri',
    query: `${P}SELECT ?s (ENCODE_FOR_URI(?t) AS ?e) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  {
    name: 'concat and iri()',
    query: `${P}SELECT ?s (IRI(CONCAT("urn:x:", ENCODE_FOR_URI(?t))) AS ?i) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  {
    name: 'group_concat of everything',
    query: `${P}SELECT (GROUP_CONCAT(STR(?o); separator=" ") AS ?all) WHERE { SELECT ?o WHERE { ?s ?p ?o FILTER(ISLITERAL(?o)) } ORDER BY ?s ?p ?o }`,
  },
  // error oracles
  {
    name: 'cast title to integer',
    query: `${P}SELECT ?s (xsd:integer(?t) AS ?n) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  {
    name: 'cast digits of a literal',
    query: `${P}SELECT ?s ?p (xsd:integer(REPLACE(STR(?o), "[^0-9]", "")) AS ?n) WHERE { ?s ?p ?o FILTER(ISLITERAL(?o)) } ORDER BY ?s ?p ?n`,
  },
  {
    name: 'bound/coalesce probe',
    query: `${P}SELECT ?s (COALESCE(xsd:date(?t), "err") AS ?x) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  {
    name: 'if-error on regex',
    query: `${P}SELECT ?s (IF(REGEX(?t, "[가-힣]{3}\\\\)"), 1, 0) AS ?x) WHERE { ${TITLE} } ORDER BY ?s`,
  },
  // graphs, paths and whole-graph dumps
  {
    name: 'every graph name',
    query: `${P}SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g`,
  },
  {
    name: 'from an internal-looking graph',
    query: `${P}SELECT ?p ?o FROM <${B}graph/document/202404435880003> WHERE { ?s ?p ?o } ORDER BY ?p ?o`,
  },
  {
    name: 'from named internal',
    query: `${P}SELECT ?g ?p ?o FROM NAMED <${B}graph/internal> WHERE { GRAPH ?g { ?s ?p ?o } }`,
  },
  {
    name: 'property paths from the stub',
    query: `${P}SELECT ?p ?o WHERE { ${STUB} (<>|!<>)+ ?o . ${STUB} ?p ?x } ORDER BY ?p ?o`,
  },
  { name: 'inverse paths', query: `${P}SELECT ?s ?p WHERE { ?s ?p ${STUB} } ORDER BY ?s ?p` },
  { name: 'describe the stub', query: `${P}DESCRIBE ${STUB}` },
  { name: 'describe a withheld e-mail record', query: `${P}DESCRIBE ${WITHHELD_EMAIL}` },
  { name: 'construct everything', query: `${P}CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }` },
  {
    name: 'construct redacted placeholders',
    query: `${P}CONSTRUCT { ?r ?p ?o } WHERE { ?r a plaza:Redacted ; ?p ?o }`,
  },
  // probes for the withheld and not-yet-released
  { name: 'ask for the content link of a stub', query: `${P}ASK { ${STUB} foaf:page ?p }` },
  {
    name: 'ask by guessed IRI',
    query: `${P}ASK { ?s ?p <https://opengov.seoul.go.kr/sanction/12345678> }`,
  },
  {
    name: 'withheld records and release dates',
    query: `${P}SELECT ?r ?d WHERE { ?r plaza:withheldContent/plaza:scheduledRelease ?d } ORDER BY ?r`,
  },
  {
    name: 'redactions by property',
    query: `${P}SELECT ?p (COUNT(*) AS ?n) WHERE { ?r plaza:redactedProperty ?p } GROUP BY ?p ORDER BY ?p`,
  },
  {
    name: 'participants values',
    query: `${P}SELECT ?s ?v WHERE { ?s plaza:participants ?v } ORDER BY ?s`,
  },
  {
    name: 'service to the outside',
    query: `${P}SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }`,
  },
];
