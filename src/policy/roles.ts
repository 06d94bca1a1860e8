// Who may do what: bearer tokens (PLAZA_TOKENS_FILE) name principals and their role. Only sha256
// digests of tokens are stored; a presented token is compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** public: everyone; official: may also read the internal graph; publisher: may also write. */
export type Role = 'public' | 'official' | 'publisher';

export interface Principal {
  readonly name: string;
  readonly role: Role;
}

export const PUBLIC: Principal = { name: 'anonymous', role: 'public' };

const fileSchema = z.object({
  tokens: z.array(
    z.object({
      name: z.string().min(1),
      role: z.enum(['official', 'publisher']),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the sha256 hex digest of the token'),
    }),
  ),
});

export class TokensFileError extends Error {
  readonly code = 'TOKENS_FILE';
}

const digest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

export class TokenRegistry {
  private constructor(
    private readonly entries: readonly { name: string; role: Role; hash: Buffer }[],
  ) {}

  static empty(): TokenRegistry {
    return new TokenRegistry([]);
  }

  /** `{"tokens":[{"name":"…","role":"official","sha256":"…"}]}`; a bad file stops the start. */
  static async load(file: string | undefined): Promise<TokenRegistry> {
    if (file === undefined) return TokenRegistry.empty();
    let parsed: z.infer<typeof fileSchema>;
    try {
      parsed = fileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    } catch (cause) {
      const why =
        cause instanceof z.ZodError
          ? cause.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
          : cause instanceof Error
            ? cause.message
            : String(cause);
      throw new TokensFileError(`PLAZA_TOKENS_FILE ${file}: ${why}`, { cause });
    }
    return new TokenRegistry(
      parsed.tokens.map((t) => ({
        name: t.name,
        role: t.role,
        hash: Buffer.from(t.sha256, 'hex'),
      })),
    );
  }

  /**
   * The principal a bearer token stands for: the public role when no token is presented, and
   * undefined for a token that is not known (a 401, never a silent downgrade).
   */
  authenticate(token: string | undefined): Principal | undefined {
    if (token === undefined || token === '') return PUBLIC;
    const presented = digest(token);
    let found: Principal | undefined;
    // Compare against every entry, so the time taken does not depend on which one matches.
    for (const e of this.entries) {
      if (timingSafeEqual(presented, e.hash) && !found) found = { name: e.name, role: e.role };
    }
    return found;
  }
}

/** Whether a principal may read the internal graph. */
export function mayReadInternal(p: Principal): boolean {
  return p.role === 'official' || p.role === 'publisher';
}
