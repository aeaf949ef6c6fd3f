import Link from 'next/link';

// Reached only for addresses outside both locales (the proxy sends everything else to /en or
// /ru, where app/[locale]/not-found.tsx answers in the reader's language). Bilingual on purpose.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <main>
          <h1>Page not found · Страница не найдена</h1>
          <p>
            <Link href="/en">English</Link> · <Link href="/ru" lang="ru">Русский</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
