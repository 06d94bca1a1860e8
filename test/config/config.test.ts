// Configuration: defaults, environment overrides, and a clear error naming every bad value.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.ts';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect([
      c.baseIri,
      c.host,
      c.port,
      c.store,
      c.queryTimeoutMs,
      c.maxRows,
      c.queryWorkers,
    ]).toEqual(['http://localhost:3000/', '127.0.0.1', 3000, 'oxigraph', 10000, 10000, 2]);
    expect(c.dataDir.endsWith('/var')).toBe(true);
  });

  it('reads overrides and ignores empty values', () => {
    const c = loadConfig({
      PLAZA_PORT: '8080',
      PLAZA_BASE_IRI: 'https://data.city.example/',
      PLAZA_HOST: '',
    });
    expect([c.port, c.baseIri, c.host]).toEqual([8080, 'https://data.city.example/', '127.0.0.1']);
  });

  it('names every bad value', () => {
    let error: unknown;
    try {
      loadConfig({ PLAZA_PORT: '99999', PLAZA_BASE_IRI: 'http://x', PLAZA_STORE: 'sparql' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of [
      'PLAZA_PORT',
      'PLAZA_BASE_IRI',
      'PLAZA_INTERNAL_QUERY_URL',
      'PLAZA_INTERNAL_UPDATE_URL',
      'PLAZA_PUBLIC_QUERY_URL',
      'PLAZA_PUBLIC_UPDATE_URL',
    ]) {
      expect(message).toContain(name);
    }
  });

  it('reads the per-client rate limit, 600 a minute by default, and refuses a non-positive one', () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(600);
    expect(loadConfig({ PLAZA_RATE_LIMIT: '30' }).rateLimitPerMinute).toBe(30);
    for (const bad of ['0', '-5', '2.5', 'lots']) {
      expect(() => loadConfig({ PLAZA_RATE_LIMIT: bad })).toThrow(/PLAZA_RATE_LIMIT/);
    }
  });

  it('takes a whole number of query workers, at least one', () => {
    expect(loadConfig({ PLAZA_QUERY_WORKERS: '4' }).queryWorkers).toBe(4);
    for (const bad of ['0', '-1', '1.5', 'two']) {
      expect(() => loadConfig({ PLAZA_QUERY_WORKERS: bad })).toThrow(/PLAZA_QUERY_WORKERS/);
    }
  });

  describe('PLAZA_STORE=sparql', () => {
    const remote = {
      PLAZA_STORE: 'sparql',
      PLAZA_INTERNAL_QUERY_URL: 'http://127.0.0.1:8890/sparql',
      PLAZA_INTERNAL_UPDATE_URL: 'http://127.0.0.1:8890/sparql-auth',
      PLAZA_PUBLIC_QUERY_URL: 'http://127.0.0.1:8891/sparql',
      PLAZA_PUBLIC_UPDATE_URL: 'http://127.0.0.1:8891/sparql-auth',
    };

    it('takes the four URLs of two stores', () => {
      const c = loadConfig(remote);
      expect(c.store).toBe('sparql');
      expect(c.remote).toEqual({
        internalQueryUrl: remote.PLAZA_INTERNAL_QUERY_URL,
        internalUpdateUrl: remote.PLAZA_INTERNAL_UPDATE_URL,
        publicQueryUrl: remote.PLAZA_PUBLIC_QUERY_URL,
        publicUpdateUrl: remote.PLAZA_PUBLIC_UPDATE_URL,
      });
    });

    it('needs the public URLs too, naming each missing one', () => {
      const noPublicUpdate = { ...remote, PLAZA_PUBLIC_UPDATE_URL: '' }; // empty is unset
      expect(() => loadConfig(noPublicUpdate)).toThrow(
        /PLAZA_PUBLIC_UPDATE_URL: required when PLAZA_STORE=sparql/,
      );
    });

    it('refuses the internal store as the public one', () => {
      const shared = { ...remote, PLAZA_PUBLIC_QUERY_URL: remote.PLAZA_INTERNAL_QUERY_URL };
      expect(() => loadConfig(shared)).toThrow(
        /PLAZA_PUBLIC_QUERY_URL: must not be PLAZA_INTERNAL_QUERY_URL/,
      );
      expect(loadConfig({ ...shared, PLAZA_STORE: 'oxigraph' }).store).toBe('oxigraph');
    });
  });
});
