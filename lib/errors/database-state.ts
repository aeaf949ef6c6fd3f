/**
 * What the server last learned about the database, shared by everything in the process that
 * serves requests: the proxy's availability check (lib/data/availability.ts), the error hook
 * (instrumentation.ts) and the HTTP server in front of Next (scripts/serve.ts), which are
 * separate module graphs, hence globalThis.
 */
export interface DatabaseState {
  up: boolean;
  checkedAt: number;
  pending?: Promise<boolean>;
}

// Connection failures only: a slow answer or an expired transaction ("…the timeout for this
// transaction…") is not an unreachable database, and must not send readers the 503 page.
const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|Connection terminated|Can't reach database|Too many connections|DatabaseNotReachable/i;

/** How long a check's answer holds: while up, a few seconds; while down, a second. */
export const UP_INTERVAL_MS = 5_000;
export const DOWN_INTERVAL_MS = 1_000;

const holder = globalThis as unknown as { databaseState?: DatabaseState };

export function databaseState(): DatabaseState | undefined {
  return holder.databaseState;
}

export function setDatabaseState(state: DatabaseState) {
  holder.databaseState = state;
}

/** Whether the last check, a few seconds ago at most, found the database answering. */
export function recentlySeenUp(now = Date.now()): boolean {
  const state = holder.databaseState;
  return state !== undefined && state.up && now - state.checkedAt < UP_INTERVAL_MS;
}

/** A request failed because the database did not answer: the next check happens at once. */
export function markDatabaseDown() {
  holder.databaseState = { up: false, checkedAt: Date.now() };
}

/** Whether an error (or any error in its cause chain) says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const text = current instanceof Error ? `${current.name} ${current.message} ${(current as { code?: string }).code ?? ''}` : String(current);
    if (UNREACHABLE.test(text)) return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}
