/**
 * What a browser without JavaScript does with a form, for the mixed-load benchmark's editors:
 * read the form's fields out of the page's HTML (inputs, text areas, selects, the pressed
 * button) and post them back as multipart/form-data, cookies kept between requests. The editors'
 * forms work without JavaScript (decision 008), so this is a real path through the server
 * actions, the session and the data layer.
 */
export type FormFields = [string, string][];

const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:$.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found[match[1].toLowerCase()] = decode(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** The first <form> whose HTML contains `marker`; throws when there is none. */
export function findForm(html: string, marker: string): string {
  for (const match of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) if (match[0].includes(marker)) return match[0];
  throw new Error(`no form containing ${marker}`);
}

/** The fields a browser would send, with `button` (its text) as the button pressed. */
export function formFields(form: string, button: string): FormFields {
  const fields: FormFields = [];
  const controls = /<(input|textarea|select|button)\b([^>]*)>([\s\S]*?)(?=<\/?(?:input|textarea|select|button|\/form)\b|$)/gi;
  for (const [, tagName, rawAttributes, after] of form.matchAll(controls)) {
    const tag = tagName.toLowerCase();
    const attrs = attributes(rawAttributes);
    if (!attrs.name || 'disabled' in attrs) continue;
    if (tag === 'input') {
      const type = (attrs.type ?? 'text').toLowerCase();
      if (['submit', 'button', 'image', 'reset', 'file'].includes(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && !('checked' in attrs)) continue;
      fields.push([attrs.name, attrs.value ?? (type === 'checkbox' ? 'on' : '')]);
    } else if (tag === 'textarea') {
      fields.push([attrs.name, decode(after.replace(/<\/textarea>[\s\S]*$/i, '')).replace(/^\n/, '')]);
    } else if (tag === 'select') {
      const body = after.replace(/<\/select>[\s\S]*$/i, '');
      const options = [...body.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map(([, optionAttributes, text]) => {
        const option = attributes(optionAttributes);
        return { value: option.value ?? decode(text), selected: 'selected' in option };
      });
      const chosen = options.filter((option) => option.selected);
      for (const option of chosen.length ? chosen : options.slice(0, 1)) fields.push([attrs.name, option.value]);
    } else if (tag === 'button' && after.replace(/<\/button>[\s\S]*$/i, '').replace(/<[^>]+>/g, '').trim() === button) {
      fields.push([attrs.name, attrs.value ?? '']);
    }
  }
  return fields;
}

/** A browser's cookie jar for one site, enough for session cookies. */
export class CookieJar {
  private cookies = new Map<string, string>();

  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface Browser {
  /** Its cookies: another browser made with them is the same person (e.g. on another instance). */
  jar: CookieJar;
  get(path: string): Promise<{ status: number; html: string }>;
  /** Posts fields as a form would; redirects are not followed, so a 303 shows where it goes. */
  post(path: string, fields: FormFields): Promise<{ status: number; location: string | null; html: string }>;
}

export function browser(origin: string, jar = new CookieJar()): Browser {
  const headers = () => ({ cookie: jar.header(), accept: 'text/html', origin });
  return {
    jar,
    async get(path) {
      const response = await fetch(`${origin}${path}`, { headers: headers(), redirect: 'manual' });
      jar.take(response);
      return { status: response.status, html: await response.text() };
    },
    async post(path, fields) {
      const body = new FormData();
      for (const [name, value] of fields) body.append(name, value);
      const response = await fetch(`${origin}${path}`, { method: 'POST', headers: headers(), body, redirect: 'manual' });
      jar.take(response);
      return { status: response.status, location: response.headers.get('location'), html: await response.text() };
    },
  };
}
