import { apiError } from './responses';

const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminated|Can't reach database|connect|timeout|Too many connections/i;

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
    if (UNREACHABLE.test(message)) {
      return apiError(503, 'unavailable', 'The database is not answering right now. Try again in a minute.');
    }
    return apiError(500, 'internal', 'Something went wrong on our side. The error has been logged.');
  }
}
