import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import type { AppLocale } from './routing';

/**
 * Messages outside React (route handlers, feeds, e-mails): the same messages/{locale}.json and
 * ICU formatting as the pages, without depending on a request.
 */
export async function translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: AppLocale, namespace: Namespace) {
  const messages = (await import(`../../messages/${locale}.json`)).default as Messages;
  return createTranslator({ locale, messages, namespace });
}
