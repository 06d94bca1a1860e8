// The `plaza` command as a user runs it (bin/plaza.js in a child process, its own data directory):
// exit codes 0 / 2 / 1, reject lines, query formats and standard input.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
let dir: string;

function plaza(args: string[], input?: string, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/plaza.js'), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      PLAZA_DATA_DIR: dir,
      PLAZA_BASE_IRI: 'http://localhost:3000/',
      ...extra,
    },
    input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaza-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('plaza ingest', () => {
  it('exits 0 when every row is accepted', () => {
    const r = plaza([
      'ingest',
      'data/org_chart',
      'data/info_list/20240122_20240128_info_list.json',
    ]);
    expect(r.stderr).toMatch(/accepted 170 \(new or changed\)/);
    expect(r.code).toBe(0);
  });

  it('exits 2 and lists each reject as file:line field: reason when some rows are bad', () => {
    const r = plaza(['ingest', 'data/_bad/20240205_20240211_info_list.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'reject 20240205_20240211_info_list.csv:7 doc_prdctn_dt: not a calendar date: "20241399"',
    );
    expect(r.stderr).toContain(
      'reject 20240205_20240211_info_list.csv:10 othbc_se: unknown disclosure grade "일부공개"',
    );
    expect(r.stderr).toMatch(/accepted 11 /);
  });

  it('exits 1 naming the file when nothing could be ingested', () => {
    const r = plaza(['ingest', 'no/such/20240101_20240107_info_list.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('20240101_20240107_info_list.csv');
  });

  it('rejects a bad configuration before doing anything', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/plaza.js'), 'ingest', 'data'], {
      cwd: ROOT,
      env: { ...process.env, PLAZA_DATA_DIR: dir, PLAZA_BASE_IRI: 'not-an-iri' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PLAZA_BASE_IRI');
  });
});

describe('plaza query', () => {
  const count =
    'SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/plaza/def#ApprovalDocument> }';

  it('reads the query from standard input and prints SPARQL JSON when not on a terminal', () => {
    const r = plaza(['query', '-'], count);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { results: { bindings: Array<{ n: { value: string } }> } };
    expect(json.results.bindings[0]?.n.value).toBe('91');
  });

  it('prints CSV, and Turtle for graph queries', () => {
    expect(plaza(['query', '-', '--format', 'csv'], count).stdout.trim()).toBe('n\r\n91');
    const ttl = plaza(
      ['query', '-'],
      'CONSTRUCT { ?o ?p ?v } WHERE { ?o a <http://www.w3.org/ns/org#Organization> ; ?p ?v } LIMIT 3',
    );
    expect(ttl.code).toBe(0);
    expect(ttl.stdout).toContain('<http://localhost:3000/id/org/');
  });

  it('names line and column of a syntax error, and refuses a format that does not fit', () => {
    const bad = plaza(['query', '-'], 'SELECT * WHERE {\n  ?s ?p }');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 2, column');
    const wrong = plaza(['query', '-', '--format', 'ttl'], count);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--format ttl does not apply to SELECT');
  });
});

describe('plaza links', () => {
  it('reports per kind, exit 0, as JSON: without a policy list nothing links, and it says why', () => {
    const r = plaza(['links', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      kinds: Array<{ kind: string; linked: number; records: number; reasons: unknown[] }>;
    };
    const documents = report.kinds.find((k) => k.kind === 'approval-document');
    expect(documents).toMatchObject({ linked: 0 });
    expect(documents?.records).toBeGreaterThan(0);
    expect(documents?.reasons.length).toBeGreaterThan(0);
  });
});

describe('plaza query: the public graph by default, the internal graph for officials only', () => {
  const TOKEN = 'official-token-for-tests';
  let tokens: Record<string, string>;
  // Who wrote the documents: public in both graphs. Expense participants: withheld in public.
  const participants =
    'SELECT ?v WHERE { ?e <https://w3id.org/plaza/def#participants> ?v } LIMIT 1';

  beforeAll(async () => {
    const file = join(dir, 'tokens.json');
    const sha256 = createHash('sha256').update(TOKEN).digest('hex');
    await writeFile(
      file,
      JSON.stringify({ tokens: [{ name: 'kim.official', role: 'official', sha256 }] }),
    );
    tokens = { PLAZA_TOKENS_FILE: file };
    expect(plaza(['ingest', 'data/expense_list/20240301_20240331_expense_list.csv']).code).toBe(0);
  });

  it('answers from the public graph, where personal data is a redaction placeholder', () => {
    const r = plaza(['query', '-', '--format', 'tsv'], participants);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/#redacted-[0-9a-f]{16}>/);
  });

  it('refuses the internal graph without an official’s token, or with a wrong one', () => {
    const none = plaza(['query', '-', '--graph', 'internal'], participants, tokens);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('the internal graph is for officials');
    const wrong = plaza(['query', '-', '--graph', 'internal'], participants, {
      ...tokens,
      PLAZA_TOKEN: 'guess',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('PLAZA_TOKEN is not a token of PLAZA_TOKENS_FILE');
  });

  it('lets an official query the internal graph, and writes who, when and what to the audit log', async () => {
    const r = plaza(['query', '-', '--graph', 'internal', '--format', 'tsv'], participants, {
      ...tokens,
      PLAZA_TOKEN: TOKEN,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/#redacted-/);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    const audit = (await readFile(join(dir, 'audit', 'audit.log'), 'utf8')).trim().split('\n');
    const last = JSON.parse(audit.at(-1)!) as Record<string, string>;
    expect(last).toMatchObject({
      who: 'kim.official',
      role: 'official',
      action: 'query',
      target: 'internal',
    });
    expect(last['detail']).toBe(participants);
  });

  it('withholds a public answer that trips the leak alarm (a canary), and says so', async () => {
    const canaries = join(dir, 'canaries.txt');
    // A value that is legitimately public here stands in for a planted secret.
    await writeFile(canaries, '주택정책실 업무추진비\n');
    const r = plaza(
      ['query', '-', '--format', 'csv'],
      'SELECT ?t WHERE { ?r a <https://w3id.org/plaza/def#ExpenseReport> ; <http://purl.org/dc/terms/title> ?t }',
      { PLAZA_CANARIES_FILE: canaries },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('leak alarm (canary)');
  });

  it('plaza release re-publishes what is due (nothing, today) and exits 0', () => {
    const r = plaza(['release']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/published 0 graphs .* blocked 0/);
  });
});

describe('plaza validate, rebuild and generate', () => {
  it('validates the graph, rebuilds it from the log, and the data is unchanged', () => {
    const valid = plaza(['validate']);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^internal graph: conforms: \d+ triples, no violations/);
    expect(valid.stdout).toMatch(/\npolicy context: \d+ of \d+ records linked/);
    const rebuilt = plaza(['rebuild']);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toMatch(/rebuilt \d+ quads from \d+ log entries/);
    const count =
      'SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/plaza/def#ApprovalDocument> }';
    expect(plaza(['query', '-', '--format', 'csv'], count).stdout.trim()).toBe('n\r\n91');
  });

  it('writes synthetic exports that ingest cleanly', () => {
    const out = join(dir, 'generated');
    const gen = plaza(['generate', '--records', '40', '--out', out, '--seed', '7']);
    expect(gen.code).toBe(0);
    expect(gen.stderr).toMatch(/wrote \d+ files to .*info_list 40/);
    const r = plaza(['ingest', out]);
    expect(r.stderr).toMatch(/rejected 0 rows, 0 unreadable files/);
    expect(r.code).toBe(0);
  });
});

describe('configuration that cannot be honoured', () => {
  it('stops before touching anything when PLAZA_STORE=sparql lacks the public store', () => {
    // Never a silent fallback to the embedded store (remote runs: test/cli/remote-store.test.ts).
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/plaza.js'), 'rebuild'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PLAZA_DATA_DIR: dir,
        PLAZA_STORE: 'sparql',
        PLAZA_INTERNAL_QUERY_URL: 'http://127.0.0.1:8890/sparql',
        PLAZA_INTERNAL_UPDATE_URL: 'http://127.0.0.1:8890/sparql',
      },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PLAZA_PUBLIC_QUERY_URL: required when PLAZA_STORE=sparql');
  });
});
