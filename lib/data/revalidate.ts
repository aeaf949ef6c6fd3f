import 'server-only';
import { revalidateTag } from 'next/cache';
import { db } from '@/lib/db/client';
import { waitForReplicas } from '@/lib/db/replication';
import type { RecordTypeName } from '@/lib/validation/records';
import { recordTag, TAG_ALL } from './cache';

/**
 * What a save calls once its transaction has committed (decisions 006, 009, 010). First it waits
 * until the read replicas have the write: otherwise the page rendered next could read the old
 * rows from a replica and cache them. Then the record's own page and reads expire at once (the
 * editor, sent back to it, sees the save), and everything else that shows records (lists, the
 * home page, the pages linking to it) is marked stale: each is served once more while it renders
 * again in the background, so a burst of saves never makes every reader wait for a render.
 * Every instance learns of it through the CacheTag table within a second.
 */
export async function revalidateSavedRecord(type: RecordTypeName, slug: string): Promise<void> {
  const replicated = await waitForReplicas(db());
  if (!replicated) console.warn(`A read replica is more than 5 s behind; ${type} ${slug} may show its previous version until it catches up.`);
  revalidateTag(recordTag(type, slug), { expire: 0 });
  revalidateTag(TAG_ALL, 'max');
}
