/**
 * An editor at work without JavaScript, on top of html-form.ts: signing in, and saving a record
 * through its edit form as the Save button does (decision 008). The mixed-load benchmark, the
 * two-instance check and the crash test (tests/integration/crash-recovery.test.ts) all drive the
 * editors' forms through here, so they all read the server's answer the same way.
 */
import { findForm, formFields, type Browser, type FormFields } from './html-form';

/** Signs `session` in; throws unless the server answers with the redirect of a good sign-in. */
export async function signInAs(session: Browser, locale: 'en' | 'ru', email: string, password: string) {
  const page = await session.get(`/${locale}/admin/sign-in`);
  const fields = formFields(findForm(page.html, 'name="password"'), locale === 'ru' ? 'Войти' : 'Sign in');
  for (const field of fields) {
    if (field[0] === 'email') field[1] = email;
    if (field[0] === 'password') field[1] = password;
  }
  const answer = await session.post(`/${locale}/admin/sign-in`, fields);
  if (answer.status !== 303) throw new Error(`sign-in as ${email} failed (HTTP ${answer.status})`);
}

/** What the server answered to one press of Save. */
export type FormSave =
  /** The 303 to the record's page with `?saved=N`: the server stored it as version N. */
  | { kind: 'accepted'; version: number }
  /** Refused because another editor saved the record first (the version check). */
  | { kind: 'conflict' }
  /** Anything else, e.g. a 5xx, a form error, or a form that lacks a field `edit` needs. */
  | { kind: 'failed'; status: number; detail: string };

/**
 * Loads the edit page at `path`, lets `edit` change the fields a browser would send (it returns
 * a reason when the form lacks something it needs), and posts them as the Save button does.
 */
export async function saveThroughForm(session: Browser, path: string, edit: (fields: FormFields) => string | undefined): Promise<FormSave> {
  const page = await session.get(path);
  if (page.status !== 200) return { kind: 'failed', status: page.status, detail: 'edit page' };
  const fields = formFields(findForm(page.html, 'name="version"'), 'Save');
  const missing = edit(fields);
  if (missing) return { kind: 'failed', status: 0, detail: missing };
  const answer = await session.post(path, fields);
  const saved = answer.location && /[?&]saved=(\d+)/.exec(answer.location);
  if (answer.status === 303 && saved) return { kind: 'accepted', version: Number(saved[1]) };
  if (answer.status === 200 && /id="conflict|Saved meanwhile/.test(answer.html)) return { kind: 'conflict' };
  return { kind: 'failed', status: answer.status, detail: answer.location ?? answer.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 160) };
}

/** Sets every field called `name` to `values` (a repeated field such as a relation gets one entry each). */
export function setField(fields: FormFields, name: string, ...values: string[]): FormFields {
  const kept = fields.filter(([field]) => field !== name);
  fields.splice(0, fields.length, ...kept, ...values.map((value): [string, string] => [name, value]));
  return fields;
}
