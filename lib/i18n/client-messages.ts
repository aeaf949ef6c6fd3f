import type { Messages } from 'next-intl';

/**
 * The message namespaces client components read (`useTranslations` in a 'use client' file).
 * Only these travel to the browser, inside every page: all of them would add about 17 KB to
 * each page's HTML, a quarter of a record page, and its share of the server's time compressing
 * it (decision 008). tests/unit/client-messages.test.ts fails when a client component reads a
 * namespace missing here.
 */
export const CLIENT_NAMESPACES = ['LocaleSwitcher', 'Search', 'Types', 'Error'] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
