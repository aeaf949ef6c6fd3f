import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { ADMIN_CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';

// The editors' area reads the session on every request: never rendered ahead or served from the
// page cache. Under the locale layout, which renders nothing at build time, a page reading the
// request must say so, or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

/** The editors' forms translate on the client too: their messages come on top of the readers'. */
export default async function AdminRoot({ children }: LayoutProps<'/[locale]/admin'>) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), ADMIN_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
