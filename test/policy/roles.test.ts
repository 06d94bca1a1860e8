// Bearer tokens → principals: only digests are stored, an unknown token is refused (not downgraded
// to the public role), and a bad tokens file stops the start with a message naming the problem.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayReadInternal, PUBLIC, TokenRegistry, TokensFileError } from '../../src/policy/roles.ts';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

describe('TokenRegistry', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-tokens-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function registry(content: unknown): Promise<TokenRegistry> {
    const file = join(dir, `t${Math.random()}.json`);
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
    return TokenRegistry.load(file);
  }

  it('maps tokens to their principals, no token to the public role, an unknown token to none', async () => {
    const r = await registry({
      tokens: [
        { name: 'kim.official', role: 'official', sha256: sha('s3cret-official') },
        { name: 'feed.bot', role: 'publisher', sha256: sha('s3cret-publisher') },
      ],
    });
    expect(r.authenticate('s3cret-official')).toEqual({ name: 'kim.official', role: 'official' });
    expect(r.authenticate('s3cret-publisher')).toEqual({ name: 'feed.bot', role: 'publisher' });
    expect(r.authenticate(undefined)).toBe(PUBLIC);
    expect(r.authenticate('')).toBe(PUBLIC);
    expect(r.authenticate('s3cret-officia')).toBeUndefined();
    expect(r.authenticate(sha('s3cret-official'))).toBeUndefined();
  });

  it('lets officials and publishers read the internal graph, and nobody else', () => {
    expect(mayReadInternal({ name: 'a', role: 'official' })).toBe(true);
    expect(mayReadInternal({ name: 'b', role: 'publisher' })).toBe(true);
    expect(mayReadInternal(PUBLIC)).toBe(false);
  });

  it('without a tokens file, every token is unknown', async () => {
    const r = await TokenRegistry.load(undefined);
    expect(r.authenticate('anything')).toBeUndefined();
    expect(r.authenticate(undefined)).toBe(PUBLIC);
  });

  it('refuses a tokens file with plain tokens, unknown roles or bad JSON, naming the problem', async () => {
    await expect(
      registry({ tokens: [{ name: 'x', role: 'official', token: 'plain' }] }),
    ).rejects.toThrow(/tokens\.0\.sha256/);
    await expect(
      registry({ tokens: [{ name: 'x', role: 'admin', sha256: sha('a') }] }),
    ).rejects.toThrow(/tokens\.0\.role/);
    await expect(registry('{"tokens": [')).rejects.toThrow(TokensFileError);
  });
});
