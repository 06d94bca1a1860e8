// Test harness for the external clients: is each one installed, and run it (Python scripts with JSON on stdout, rapper).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import type { TestPlaza } from '../support/test-plaza.ts';

/** Debian's interpreter: the Debian client packages are installed for it, not for a pyenv one. */
const PYTHON = '/usr/bin/python3';
const RAPPER = '/usr/bin/rapper';
const SCRIPTS = new URL('py/', import.meta.url).pathname;
const TIMEOUT_MS = 30_000;

/** Why the Python clients cannot run here, or undefined when they can. */
export function pythonClientsMissing(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is not installed: apt-get install python3`;
  try {
    execFileSync(PYTHON, ['-c', 'import SPARQLWrapper, rdflib'], { stdio: 'pipe' });
    return undefined;
  } catch {
    return 'SPARQLWrapper or rdflib is missing: apt-get install python3-sparqlwrapper python3-rdflib';
  }
}

/** Why rapper cannot run here, or undefined when it can. */
export function rapperMissing(): string | undefined {
  return existsSync(RAPPER)
    ? undefined
    : `${RAPPER} is not installed: apt-get install raptor2-utils`;
}

/**
 * Registers the suite, or says why not: skipped with a printed reason on a developer's machine,
 * a failing test on CI (DESIGN §3: a missing client there is a failure, not a skip).
 */
export function describeWithClient(
  name: string,
  missing: string | undefined,
  suite: () => void,
): void {
  if (missing !== undefined) {
    if (process.env['CI']) {
      describe(name, () => {
        it(`needs ${name}`, () => {
          throw new Error(missing);
        });
      });
      return;
    }
    console.warn(`skipping ${name}: ${missing}`);
  }
  describe.skipIf(missing !== undefined)(name, suite);
}

/** Runs test/clients/py/<script> with `stdin` as its input; resolves the JSON it prints. */
export async function runPython<T>(
  script: string,
  args: readonly string[],
  stdin = '',
): Promise<T> {
  const { stdout } = await runWithInput(PYTHON, [`${SCRIPTS}${script}`, ...args], stdin);
  return JSON.parse(stdout) as T;
}

export interface RapperCount {
  readonly triples: number;
  readonly stderr: string;
}

/**
 * `rapper -c` over `document`, or over what rapper itself fetches from `base` (with its own Accept
 * header) when `document` is undefined: rejects (with rapper's errors) when it exits non-zero.
 */
export async function rapperCount(
  document: string | undefined,
  syntax: 'turtle' | 'ntriples' | 'rdfxml',
  base: string,
): Promise<RapperCount> {
  const args = document === undefined ? [base] : ['-', base];
  const { stderr } = await runWithInput(RAPPER, ['-c', '-i', syntax, ...args], document ?? '');
  const triples = /returned (\d+) triples?/.exec(stderr);
  if (!triples) throw new Error(`rapper printed no triple count:\n${stderr}`);
  return { triples: Number(triples[1]), stderr };
}

function runWithInput(
  file: string,
  args: readonly string[],
  stdin: string,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${file} ${args.join(' ')} exited ${code ?? signal}:\n${stderr}`));
    });
    child.stdin.end(stdin);
  });
}

/** The running Plaza the clients talk to (set up once by clients.test.ts, read when a test runs). */
export interface ClientTarget {
  /** `http://127.0.0.1:<port>/sparql` */
  readonly endpoint: string;
  readonly plaza: TestPlaza;
}
