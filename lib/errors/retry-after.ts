/** Seconds a client should wait before asking again while the database is down (Retry-After). */
export const RETRY_AFTER_SECONDS = 30;
