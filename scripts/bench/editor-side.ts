/**
 * The editors of the mixed-load benchmark. `EditorSide` is the plug: `mixed.ts` only calls
 * `signIn` once per editor and then `save` in a loop. `httpEditors` is the real thing: each
 * editor signs in and saves through the editors' forms exactly as a browser without JavaScript
 * would (decision 008), so the session, the role check, the schema, the version check, the
 * revision and the cache revalidation all run.
 */
import { browser, findForm, formFields, type Browser } from './html-form';

/** One save as the server answered it. */
export type SaveOutcome =
  /** Accepted: this version of `slug` holds `token` in its English description. */
  | { kind: 'accepted'; slug: string; version: number; token: string }
  /** Refused because another editor saved the record first (the version check). */
  | { kind: 'conflict'; slug: string }
  /** Anything else the server answered with, e.g. a 5xx. */
  | { kind: 'failed'; slug: string; status: number; detail: string };

export interface Editor {
  save(): Promise<SaveOutcome>;
}

export interface EditorSide {
  /** What it drives, for the report. */
  describe: string;
  signIn(origin: string, index: number): Promise<Editor>;
}

export interface HttpEditorOptions {
  email: string;
  password: string;
  /** The records editors take turns on, so some saves collide: the lost-update check matters. */
  slugs: string[];
  locale?: 'en' | 'ru';
}

const SAVE = 'Save';
const MARKER = / \(mixed-load edit [^)]*\)$/;

export function httpEditors({ email, password, slugs, locale = 'en' }: HttpEditorOptions): EditorSide {
  return {
    describe: 'editors saving through the editors\' forms over HTTP (sign-in, edit page, form post, as without JavaScript)',
    async signIn(origin, index) {
      const session = browser(origin);
      await signInAs(session, locale, email, password);
      let saves = 0;
      return {
        async save() {
          const slug = slugs[Math.floor(Math.random() * slugs.length)];
          const path = `/${locale}/admin/organisations/${slug}`;
          const page = await session.get(path);
          if (page.status !== 200) return { kind: 'failed', slug, status: page.status, detail: 'edit page' };
          const form = findForm(page.html, 'name="version"');
          const fields = formFields(form, SAVE);
          const token = `e${index}-${++saves}-${Date.now().toString(36)}`;
          const description = fields.find(([name]) => name === 'texts.description.en');
          if (!description) return { kind: 'failed', slug, status: 0, detail: 'no English description field' };
          description[1] = `${description[1].replace(MARKER, '')} (mixed-load edit ${token})`;
          const answer = await session.post(path, fields);
          const saved = answer.location && /[?&]saved=(\d+)/.exec(answer.location);
          if (answer.status === 303 && saved) return { kind: 'accepted', slug, version: Number(saved[1]), token };
          if (answer.status === 200 && /id="conflict|Saved meanwhile/.test(answer.html)) return { kind: 'conflict', slug };
          return { kind: 'failed', slug, status: answer.status, detail: answer.location ?? answer.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 160) };
        },
      };
    },
  };
}

export async function signInAs(session: Browser, locale: string, email: string, password: string) {
  const page = await session.get(`/${locale}/admin/sign-in`);
  const fields = formFields(findForm(page.html, 'name="password"'), locale === 'ru' ? 'Войти' : 'Sign in');
  for (const field of fields) {
    if (field[0] === 'email') field[1] = email;
    if (field[0] === 'password') field[1] = password;
  }
  const answer = await session.post(`/${locale}/admin/sign-in`, fields);
  if (answer.status !== 303) throw new Error(`sign-in as ${email} failed (HTTP ${answer.status})`);
}
