import type { Metadata } from 'next';

/**
 * Pages opened by a secret link (confirm, manage, unsubscribe): never indexed, and the secret in
 * the address never leaves in a Referer header (only the site's origin does) when the reader
 * follows a link from the page. Not `no-referrer`: Chromium then posts forms with
 * `Origin: null`, which Next.js refuses as cross-site, so the forms would fail without JavaScript.
 */
export function privatePageMetadata(title: string): Metadata {
  return { title, robots: { index: false, follow: false }, referrer: 'strict-origin' };
}
