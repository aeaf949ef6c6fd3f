/**
 * The editors of the mixed-load benchmark. `EditorSide` is the plug: `mixed.ts` only calls
 * `signIn` once per editor and then `save` in a loop. `httpEditors` is the real thing: each
 * editor signs in and saves through the editors' forms exactly as a browser without JavaScript
 * would (decision 008), so the session, the role check, the schema, the version check, the
 * revision and the cache revalidation all run.
 */
import { saveThroughForm, signInAs } from './editor-form';
import { browser } from './html-form';

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
          const token = `e${index}-${++saves}-${Date.now().toString(36)}`;
          const answer = await saveThroughForm(session, `/${locale}/admin/organisations/${slug}`, (fields) => {
            const description = fields.find(([name]) => name === 'texts.description.en');
            if (!description) return 'no English description field';
            description[1] = `${description[1].replace(MARKER, '')} (mixed-load edit ${token})`;
          });
          if (answer.kind === 'accepted') return { ...answer, slug, token };
          return { ...answer, slug };
        },
      };
    },
  };
}
