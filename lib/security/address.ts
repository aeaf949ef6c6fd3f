/**
 * Addresses Next.js cannot take apart. A path whose percent-escapes are not UTF-8 (`%FF`,
 * `%ED%A0%80`) makes its route matcher throw, and a page path that still holds a `%` once decoded
 * (`%25`) fails when it is decoded again: both end in a bare "Internal Server Error". No page or
 * record has such an address (slugs are letters, digits and hyphens), so scripts/serve.ts answers
 * them before Next.js does: a page address gets the localized 404 page, an API address a 400.
 */
export type AddressVerdict = { ok: true } | { ok: false; api: boolean; locale: 'en' | 'ru' };

const API = /^\/(?:api|oai)(?:[/?]|$)/;

export function judgeAddress(url: string): AddressVerdict {
  const path = url.split('?')[0];
  const api = API.test(path);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { ok: false, api, locale: localeOf(path) };
  }
  if (!api && !path.startsWith('/_next/') && decoded.includes('%')) return { ok: false, api, locale: localeOf(path) };
  return { ok: true };
}

const localeOf = (path: string) => (path.split('/')[1] === 'ru' ? 'ru' : 'en');
