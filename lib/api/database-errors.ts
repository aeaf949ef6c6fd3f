import { isDatabaseUnreachable, markDatabaseDown } from '@/lib/errors/database-state';
import { RETRY_AFTER_SECONDS } from '@/lib/errors/retry-after';
import { apiError } from './responses';

/**
 * A database that does not answer is a 503 the client can retry; anything else that escapes a
 * handler is a 500 with a plain message (the details go to the server log, not the client).
 */
export async function withDatabaseErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error('API request failed:', message);
    if (isDatabaseUnreachable(error)) {
      markDatabaseDown();
      return apiError(503, 'unavailable', 'The database is not answering right now. Try again in a minute.', { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    }
    return apiError(500, 'internal', 'Something went wrong on our side. The error has been logged.');
  }
}
