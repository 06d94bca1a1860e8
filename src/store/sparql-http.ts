// HTTP for the remote SPARQL store: one POST with a deadline, Basic or Digest credentials, and every failure as a StoreError.
import { createHash, randomBytes } from 'node:crypto';
import { StoreError } from './store-error.ts';

export interface Credentials {
  readonly user: string;
  readonly password: string;
}

export interface SparqlRequest {
  readonly url: string;
  readonly body: string;
  readonly contentType: string;
  readonly accept?: string;
  readonly signal?: AbortSignal | undefined;
}

/** Statuses that say "try again later" rather than "your request is wrong". */
const UNAVAILABLE = new Set([502, 503, 504]);
/** Virtuoso: "… SPARQL compiler, line 3: syntax error …". */
const SYNTAX = /(?:SP0\d\d|syntax error|parse error)/i;
const LINE = /line (\d+)/i;

export class SparqlHttp {
  private basicAccepted = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly credentials: Credentials | undefined,
  ) {}

  /** Sends one request and returns the response body; the deadline covers reading the body too. */
  async post(request: SparqlRequest): Promise<{ text: string; headers: Headers }> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const where = new URL(request.url).origin; // never the userinfo, never the password
    try {
      // Credentials go only where a challenge asks for them: Basic is sent ahead once the remote
      // has asked for Basic (never to a Digest server, which would see the password in clear).
      let response = await this.send(
        request,
        signal,
        this.basicAccepted ? this.basic() : undefined,
      );
      const challenge = response.headers.get('www-authenticate') ?? '';
      if (response.status === 401 && this.credentials && /^(Basic|Digest) /i.test(challenge)) {
        await response.body?.cancel();
        const digest = /^Digest /i.test(challenge);
        this.basicAccepted = !digest;
        const authorization = digest ? this.digest(challenge, request.url) : this.basic();
        response = await this.send(request, signal, authorization);
      }
      const text = await response.text();
      if (!response.ok) throw statusError(response.status, text, where);
      // Virtuoso's "anytime" queries answer 200 with partial results when its own limit is hit.
      const state = response.headers.get('x-sql-state');
      if (state === 'S1TAT') {
        throw new StoreError(
          'TIMEOUT',
          `the remote store at ${where} stopped the call at its time limit`,
        );
      }
      return { text, headers: response.headers };
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if (request.signal?.aborted) {
        throw new StoreError('ABORTED', 'store call aborted', { cause: request.signal.reason });
      }
      if (timeout.aborted) {
        throw new StoreError(
          'TIMEOUT',
          `the remote store at ${where} did not answer within ${this.timeoutMs} ms`,
        );
      }
      const why = networkCode(error);
      throw new StoreError(
        'STORE_UNAVAILABLE',
        `the remote store at ${where} is unreachable${why ? ` (${why})` : ''}`,
        { cause: error },
      );
    }
  }

  private send(
    request: SparqlRequest,
    signal: AbortSignal,
    authorization: string | undefined,
  ): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': request.contentType };
    if (request.accept) headers['accept'] = request.accept;
    if (authorization) headers['authorization'] = authorization;
    return fetch(request.url, { method: 'POST', headers, body: request.body, signal });
  }

  private basic(): string | undefined {
    if (!this.credentials) return undefined;
    const { user, password } = this.credentials;
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }

  /** RFC 2617 Digest (MD5, qop=auth): what Virtuoso's `/sparql-auth` asks for. */
  private digest(challenge: string, url: string): string {
    const { user, password } = this.credentials as Credentials;
    const params = new Map<string, string>();
    for (const [, key, quoted, bare] of challenge.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)) {
      params.set(key as string, (quoted ?? bare) as string);
    }
    const md5 = (text: string): string => createHash('md5').update(text).digest('hex');
    const realm = params.get('realm') ?? '';
    const nonce = params.get('nonce') ?? '';
    const { pathname, search } = new URL(url);
    const uri = pathname + search;
    const cnonce = randomBytes(8).toString('hex');
    const nc = '00000001';
    const ha1 = md5(`${user}:${realm}:${password}`);
    const ha2 = md5(`POST:${uri}`);
    const qop = params.get('qop')?.split(',').includes('auth') ? 'auth' : undefined;
    const response = qop
      ? md5(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`)
      : md5(`${ha1}:${nonce}:${ha2}`);
    const fields = [
      `username="${user}"`,
      `realm="${realm}"`,
      `nonce="${nonce}"`,
      `uri="${uri}"`,
      `algorithm=MD5`,
      `response="${response}"`,
      ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
      ...(params.has('opaque') ? [`opaque="${params.get('opaque')}"`] : []),
    ];
    return `Digest ${fields.join(', ')}`;
  }
}

/** The system or undici code under fetch's "fetch failed" (ECONNREFUSED, UND_ERR_SOCKET …). */
function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

function statusError(status: number, body: string, where: string): StoreError {
  // The first line names the problem; the rest echoes the query, which the caller already has.
  const first = body.split('\n', 1)[0]?.trim().slice(0, 300) ?? '';
  if (UNAVAILABLE.has(status)) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `the remote store at ${where} is unavailable (${status})`,
    );
  }
  if (status === 401 || status === 403) {
    return new StoreError(
      'STORE_ERROR',
      `the remote store at ${where} refused the credentials (${status})`,
    );
  }
  if (status === 400 && SYNTAX.test(first) && !/memory exhausted/i.test(first)) {
    const line = LINE.exec(first)?.[1];
    return new StoreError('QUERY_SYNTAX', `SPARQL syntax error: ${first}`, {
      ...(line === undefined ? {} : { line: Number(line) }),
    });
  }
  return new StoreError('STORE_ERROR', `the remote store at ${where} answered ${status}: ${first}`);
}
