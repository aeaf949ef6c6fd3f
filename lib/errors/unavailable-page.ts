import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import type { AppLocale } from '@/lib/i18n/routing';
import { RETRY_AFTER_SECONDS } from './retry-after';


/**
 * The page readers get while the database does not answer: 503 with Retry-After, in the
 * locale of the address, as plain HTML built here (no React render, no database, no script), so
 * it cannot fail the way the page it replaces did. Reload is a plain link to the same address.
 */
export function unavailableResponse(locale: AppLocale, url: string): Response {
  const page = unavailablePage(locale, url);
  return new Response(page.html, { status: page.status, headers: page.headers });
}

export function unavailablePage(locale: AppLocale, url: string): { status: 503; headers: Record<string, string>; html: string } {
  const t = createTranslator({ locale, messages: locale === 'ru' ? ru : en, namespace: 'Unavailable' });
  const site = createTranslator({ locale, messages: locale === 'ru' ? ru : en, namespace: 'Metadata' })('siteName');
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t('title'))} · ${escape(site)}</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; color: #0f172a">
<main role="alert">
<p style="color: #475569">${escape(site)}</p>
<h1 style="font-size: 1.875rem; font-weight: 600">${escape(t('title'))}</h1>
<p>${escape(t('description'))}</p>
<p>${escape(t('retryAfter', { seconds: RETRY_AFTER_SECONDS }))}</p>
<p><a href="${escape(url)}" style="color: #1d4ed8">${escape(t('retryNow'))}</a> · <a href="/api/health" style="color: #1d4ed8">${escape(t('health'))}</a></p>
</main>
</body>
</html>`;
  return {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
    html,
  };
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
