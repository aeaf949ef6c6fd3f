import { unsubscribe, unsubscribeLocale } from '@/lib/data/alert-links';
import { translator } from '@/lib/i18n/translator';
import { siteUrl } from '@/lib/seo/metadata';

export const dynamic = 'force-dynamic';

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** The body RFC 8058 prescribes; a mail program's one-click POST carries it (form-encoded or multipart). */
async function isOneClick(request: Request): Promise<boolean> {
  try {
    const form = await request.formData();
    return form.get('List-Unsubscribe') === 'One-Click';
  } catch {
    return false;
  }
}

// POST /api/alerts/unsubscribe/{token}: the List-Unsubscribe address of every alert e-mail
// (RFC 8058 one-click). It stops the alert at once, with no page and no confirmation.
export async function POST(request: Request, { params }: RouteContext<'/api/alerts/unsubscribe/[token]'>) {
  const { token } = await params;
  if (!(await isOneClick(request))) return plain(400, 'Expected the body List-Unsubscribe=One-Click (RFC 8058).');
  const done = await unsubscribe(token);
  if (!done) return plain(404, 'This unsubscribe link is not valid: it expired, or the alert was already cancelled.');
  const t = await translator(done.locale ?? 'en', 'Alerts');
  return plain(200, done.all ? t('unsubscribedAll') : t('unsubscribed'));
}

// GET: someone opened the address in a browser: the page that asks first (a GET never unsubscribes,
// so link checkers that open every link stop nothing).
export async function GET(_request: Request, { params }: RouteContext<'/api/alerts/unsubscribe/[token]'>) {
  const { token } = await params;
  const locale = (await unsubscribeLocale(token)) ?? 'en';
  return Response.redirect(`${siteUrl()}/${locale}/alerts/unsubscribe/${encodeURIComponent(token)}`, 303);
}
