// One schema for every setting (DESIGN §4); the only reader of process.env. Bad values fail fast.
import { resolve } from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const schema = z
  .object({
    PLAZA_BASE_IRI: z
      .string()
      .regex(/^https?:\/\/\S+\/$/, 'must be an absolute http(s) IRI ending in "/"')
      .default('http://localhost:3000/'),
    PLAZA_HOST: z.string().min(1).default('127.0.0.1'),
    PLAZA_PORT: port.default(3000),
    PLAZA_DATA_DIR: z.string().min(1).default('./var'),
    PLAZA_STORE: z.enum(['oxigraph', 'sparql']).default('oxigraph'),
    PLAZA_PUBLIC_QUERY_URL: z.url().optional(),
    PLAZA_PUBLIC_UPDATE_URL: z.url().optional(),
    PLAZA_INTERNAL_QUERY_URL: z.url().optional(),
    PLAZA_INTERNAL_UPDATE_URL: z.url().optional(),
    PLAZA_STORE_USER: z.string().optional(),
    PLAZA_STORE_PASSWORD: z.string().optional(),
    PLAZA_TOKENS_FILE: z.string().optional(),
    PLAZA_CANARIES_FILE: z.string().optional(),
    PLAZA_TOKEN: z.string().optional(),
    PLAZA_QUERY_TIMEOUT_MS: positiveInt.default(10_000),
    PLAZA_MAX_ROWS: positiveInt.default(10_000),
    PLAZA_RATE_LIMIT: positiveInt.default(600),
    PLAZA_QUERY_WORKERS: positiveInt.default(2),
    PLAZA_LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.PLAZA_STORE !== 'sparql') return;
    // Both stores, each its own database: the public graph must never be the internal one.
    for (const which of ['INTERNAL', 'PUBLIC'] as const) {
      for (const use of ['QUERY', 'UPDATE'] as const) {
        const key = `PLAZA_${which}_${use}_URL` as const;
        if (!env[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'required when PLAZA_STORE=sparql',
          });
        else if (which === 'PUBLIC' && env[key] === env[`PLAZA_INTERNAL_${use}_URL`])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `must not be PLAZA_INTERNAL_${use}_URL: the public graph needs a store of its own`,
          });
      }
    }
  });

export interface Config {
  readonly baseIri: string;
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly store: 'oxigraph' | 'sparql';
  readonly remote: {
    readonly publicQueryUrl?: string;
    readonly publicUpdateUrl?: string;
    readonly internalQueryUrl?: string;
    readonly internalUpdateUrl?: string;
    readonly user?: string;
    readonly password?: string;
  };
  readonly tokensFile?: string;
  /** Planted secret values (one per line) the gate and the leak alarm must never let out. */
  readonly canariesFile?: string;
  /** The bearer token the `plaza` command presents for itself (e.g. to query the internal graph). */
  readonly token?: string;
  readonly queryTimeoutMs: number;
  readonly maxRows: number;
  /** Requests per minute one client address may make (429 with Retry-After beyond). */
  readonly rateLimitPerMinute: number;
  /** Read replicas of the public store the server queries (each a full in-memory copy). */
  readonly queryWorkers: number;
  readonly logLevel: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k.startsWith('PLAZA_') && v !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const remote = Object.fromEntries(
    Object.entries({
      publicQueryUrl: e.PLAZA_PUBLIC_QUERY_URL,
      publicUpdateUrl: e.PLAZA_PUBLIC_UPDATE_URL,
      internalQueryUrl: e.PLAZA_INTERNAL_QUERY_URL,
      internalUpdateUrl: e.PLAZA_INTERNAL_UPDATE_URL,
      user: e.PLAZA_STORE_USER,
      password: e.PLAZA_STORE_PASSWORD,
    }).filter(([, v]) => v !== undefined),
  );
  return {
    baseIri: e.PLAZA_BASE_IRI,
    host: e.PLAZA_HOST,
    port: e.PLAZA_PORT,
    dataDir: resolve(e.PLAZA_DATA_DIR),
    store: e.PLAZA_STORE,
    remote,
    ...(e.PLAZA_TOKENS_FILE ? { tokensFile: resolve(e.PLAZA_TOKENS_FILE) } : {}),
    ...(e.PLAZA_CANARIES_FILE ? { canariesFile: resolve(e.PLAZA_CANARIES_FILE) } : {}),
    ...(e.PLAZA_TOKEN ? { token: e.PLAZA_TOKEN } : {}),
    queryTimeoutMs: e.PLAZA_QUERY_TIMEOUT_MS,
    maxRows: e.PLAZA_MAX_ROWS,
    rateLimitPerMinute: e.PLAZA_RATE_LIMIT,
    queryWorkers: e.PLAZA_QUERY_WORKERS,
    logLevel: e.PLAZA_LOG_LEVEL,
  };
}
