import type { Messages } from 'next-intl';

/**
 * The message namespaces client components read (`useTranslations` in a 'use client' file).
 * Only these travel to the browser, inside every page: all of them would add about 17 KB to
 * each reader's page, a quarter of a record page, and its share of the server's time
 * compressing it (decision 013). The editors' area adds its own (app/[locale]/admin/layout.tsx).
 * tests/unit/client-messages.test.ts fails when a client component reads a namespace missing here.
 */
export const CLIENT_NAMESPACES = ['LocaleSwitcher', 'Search', 'Types', 'Error', 'Alerts', 'Languages', 'Network'] as const satisfies readonly (keyof Messages)[];
export const ADMIN_CLIENT_NAMESPACES = [...CLIENT_NAMESPACES, 'Admin', 'Kinds', 'Statuses'] as const satisfies readonly (keyof Messages)[];

export function pickMessages<Namespace extends keyof Messages>(messages: Messages, namespaces: readonly Namespace[]): Pick<Messages, Namespace> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, Namespace>;
}
