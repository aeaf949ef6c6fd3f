import type { Instrumentation } from 'next';
import { isDatabaseUnreachable, markDatabaseDown } from './lib/errors/database-state';

export function register() {}

/**
 * A request that failed because the database stopped answering marks it down, so the proxy
 * answers the next requests with the 503 page at once, and the server in front of Next
 * (scripts/serve.ts) turns this failed page into that 503 page too.
 */
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isDatabaseUnreachable(error)) markDatabaseDown();
};
