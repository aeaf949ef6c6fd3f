import type { Metadata } from 'next';

/**
 * Pages opened by a secret link (confirm, manage, unsubscribe): never indexed, and the secret in
 * the address never leaves in a Referer header when the reader follows a link from the page.
 */
export function privatePageMetadata(title: string): Metadata {
  return { title, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}
