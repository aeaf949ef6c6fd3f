/**
 * How the page cache handler (lib/cache/page-cache-handler.mjs, loaded by Next.js outside the
 * app's bundle, so plain JavaScript) reaches the database through the app's one Prisma client:
 * instrumentation.ts puts the tag store's two functions on this global when the server starts.
 * The handler uses the same `Symbol.for` key.
 */
export const TAG_BRIDGE_KEY = 'kb.cache-tag-store';

/** A tag's revalidation state as Next.js keeps it in memory, in Unix milliseconds. */
export interface TagState {
  stale?: number;
  expired?: number;
}

export interface StoredTag extends TagState {
  tag: string;
  seq: number;
}

export interface TagStore {
  /** Every tag written after `seq`, oldest first. */
  readAfter(seq: number): Promise<StoredTag[]>;
  /** Saves the tags' current state; returns each tag with the sequence number it got. */
  write(tags: { tag: string; state: TagState }[]): Promise<StoredTag[]>;
}

export function registerTagStore(store: TagStore) {
  (globalThis as Record<symbol, unknown>)[Symbol.for(TAG_BRIDGE_KEY)] = store;
}
