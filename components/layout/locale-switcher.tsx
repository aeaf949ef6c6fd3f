'use client';

import { Suspense, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing, type AppLocale } from '@/lib/i18n/routing';

/**
 * Links to the same page in the other language. Records share one slug across locales, so only
 * the prefix changes; the query string is kept, and so is the #anchor (e.g. a source
 * paragraph), which only the browser knows.
 */
function subscribeToHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function SwitcherLinks({ query }: { query?: Record<string, string> }) {
  const t = useTranslations('LocaleSwitcher');
  const locale = useLocale();
  const pathname = usePathname();

  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash, () => '');

  return (
    <ul className="flex gap-3 text-sm">
      {routing.locales.map((target: AppLocale) => (
        <li key={target}>
          {target === locale ? (
            <span aria-current="true" className="font-semibold">
              {t(target)}
            </span>
          ) : (
            <Link
              href={{ pathname, query, hash }}
              locale={target}
              hrefLang={target}
              lang={target}
              className="text-blue-800 underline"
            >
              {t(target)}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

function SwitcherLinksWithQuery() {
  const searchParams = useSearchParams();
  return <SwitcherLinks query={Object.fromEntries(searchParams.entries())} />;
}

export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  return (
    <nav aria-label={t('label')}>
      <Suspense fallback={<SwitcherLinks />}>
        <SwitcherLinksWithQuery />
      </Suspense>
    </nav>
  );
}
