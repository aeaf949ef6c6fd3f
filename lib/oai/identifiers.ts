import { z } from 'zod';
import { siteUrl } from '@/lib/seo/metadata';

/**
 * Item identifiers are `oai:<host>:<record id>`: the host of SITE_URL names the repository, the
 * record's UUID never changes (a slug might, and a deleted record has none left to show).
 */
export function repositoryIdentifier(): string {
  return new URL(siteUrl()).hostname;
}

export function oaiIdentifier(recordId: string): string {
  return `oai:${repositoryIdentifier()}:${recordId}`;
}

/** The record id an identifier names, or null when it is not one of this repository's. */
export function recordIdOf(identifier: string): string | null {
  const prefix = `oai:${repositoryIdentifier()}:`;
  if (!identifier.startsWith(prefix)) return null;
  const id = identifier.slice(prefix.length);
  return z.uuid().safeParse(id).success ? id : null;
}
