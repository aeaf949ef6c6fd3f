import { z } from 'zod';

/**
 * The environment, read once and validated. `DATABASE_URL` absent means the embedded database;
 * the launcher (scripts/start.ts) then serves PGlite and hands its address to the app as
 * `EMBEDDED_DATABASE_URL`, so the app itself always talks plain PostgreSQL.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgresql:' || url.protocol === 'postgres:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must look like postgresql://user@host:5432/database');

/** smtp://user:pass@host:587 or smtps://…:465; nodemailer reads the rest from the URL. */
const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must look like smtp://user:password@host:587 (or smtps://… for TLS from the start)');

/** Read replicas: PostgreSQL URLs separated by commas, each checked like DATABASE_URL. */
const replicaUrls = z
  .string()
  .transform((value) => value.split(',').map((url) => url.trim()))
  .pipe(z.array(postgresUrl).min(1));

const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_REPLICA_URLS: replicaUrls.optional(),
  EMBEDDED_DATABASE_URL: postgresUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Signs session cookies. The launcher generates one under .data/ when it is absent. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  /** The first admin, created on a database with no accounts (README names the demo values). */
  ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').max(200).optional(),
  /** Absent: e-mails are written to DATA_DIR/outbox/ as .eml files instead of being sent. */
  SMTP_URL: smtpUrl.optional(),
  /** The From of alert e-mails; default "<site name> <alerts@SITE_URL's host>". */
  MAIL_FROM: z.string().trim().min(3).max(300).optional(),
  /** `off`: the app process does not run the alert job (run `npm run alerts:send` from cron instead). */
  ALERTS_WORKER: z.enum(['on', 'off']).default('on'),
  /** `off`: no reader's answer is kept in memory in front of Next.js (decision 015). */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
});

export type Env = z.infer<typeof envSchema>;

export type DatabaseKind = 'embedded' | 'postgres';

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

/** Parses an environment; an empty string counts as unset. Throws EnvError with one readable line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    // A bad replica is named by its place in the list: "DATABASE_REPLICA_URLS (2nd) must …".
    const [name, index] = issue.path;
    const place = typeof index === 'number' ? ` (${ordinal(index + 1)})` : '';
    throw new EnvError(`${String(name)}${place} ${issue.message}`);
  }
  if (result.data.DATABASE_REPLICA_URLS && !result.data.DATABASE_URL) {
    throw new EnvError('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas copy a PostgreSQL primary, and the embedded database has none');
  }
  return result.data;
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function databaseTarget(current: Env = env()): { url: string; kind: DatabaseKind; replicas: string[] } {
  if (current.DATABASE_URL) return { url: current.DATABASE_URL, kind: 'postgres', replicas: current.DATABASE_REPLICA_URLS ?? [] };
  if (current.EMBEDDED_DATABASE_URL) return { url: current.EMBEDDED_DATABASE_URL, kind: 'embedded', replicas: [] };
  throw new EnvError(
    'No database: start the app with `npm start` (embedded database) or set DATABASE_URL=postgresql://…',
  );
}
