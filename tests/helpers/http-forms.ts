/**
 * Posting the app's forms over plain HTTP, as a browser without JavaScript does: the page's
 * <form> carries Next's hidden action fields, the fields are sent as multipart, the answer is a
 * redirect with the session cookie. Used by tests that sign in against the production server.
 */
const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => entities[entity]);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]) : undefined;
}

/** The forms of a page: each one's hidden fields, and the names of all its fields. */
export function formsOf(html: string): { html: string; hidden: Record<string, string>; names: string[] }[] {
  return [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([form]) => {
    const hidden: Record<string, string> = {};
    const names: string[] = [];
    for (const [tag] of form.matchAll(/<(input|button)\b[^>]*>/g)) {
      const name = attribute(tag, 'name');
      if (!name) continue;
      names.push(name);
      if (attribute(tag, 'type') === 'hidden') hidden[name] = attribute(tag, 'value') ?? '';
    }
    return { html: form, hidden, names };
  });
}

/** The cookies a Set-Cookie answer gives, as a Cookie header. */
export const cookieHeader = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');

/**
 * Fills the page's form that has all of `fields` (and shows `text`, when given) and posts it
 * with the page's own hidden fields back to the page; returns the answer, not followed.
 */
export async function submitForm(origin: string, path: string, fields: Record<string, string>, cookie = '', text?: string): Promise<Response> {
  const page = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: 'manual' });
  const html = await page.text();
  const form = formsOf(html).find((candidate) => Object.keys(fields).every((name) => candidate.names.includes(name)) && (!text || candidate.html.includes(text)));
  if (!form) throw new Error(`no form with ${Object.keys(fields).join(', ')} on ${path} (${page.status})`);
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.hidden, ...fields })) body.set(name, value);
  return fetch(`${origin}${path}`, { method: 'POST', body, headers: { cookie, origin }, redirect: 'manual' });
}
