import type { Messages, NamespaceKeys, NestedKeyOf } from 'next-intl';
// From use-intl's core, not from next-intl: the same translator without React, so scripts run
// with --conditions=react-server (npm run alerts:send) can use it too.
import { createTranslator } from 'use-intl/core';
import type { AppLocale } from './routing';

/**
 * Messages outside React (route handlers, feeds, e-mails): the same messages/{locale}.json and
 * ICU formatting as the pages, without depending on a request.
 */
export async function translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: AppLocale, namespace: Namespace) {
  const messages = (await import(`../../messages/${locale}.json`)).default as Messages;
  return createTranslator({ locale, messages, namespace });
}
