'use client';

import { useTranslations } from 'next-intl';

// Errors that escape a page: a plain message and a retry, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <section role="alert" className="max-w-prose space-y-4">
      <h1 className="text-3xl font-semibold">{t('title')}</h1>
      <p>{t('description')}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800"
      >
        {t('retry')}
      </button>
    </section>
  );
}
