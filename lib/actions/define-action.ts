import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import type { z } from 'zod';
import { AuthError } from '@/lib/auth/errors';
import type { Permission } from '@/lib/auth/permissions';
import { requirePermission, type SessionUser } from '@/lib/auth/session';
import { TAG_ALL } from '@/lib/data/cache';
import { db } from '@/lib/db/client';
import { waitForReplicas } from '@/lib/db/replication';
import type { Conflict } from '@/lib/data/admin/record-save';
import type { Referrer } from '@/lib/data/admin/deletion';
import { fieldsWithNullCharacter, formDataToObject, formValues } from '@/lib/forms/form-data';
import { redirect } from '@/lib/i18n/navigation';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { translator } from '@/lib/i18n/translator';
import { fieldErrorsOf, type FieldError } from '@/lib/validation/field-errors';
import type { ActionState } from './action-state';

/** What a handler returns: message keys (Admin.messages / Validation), never localized text. */
export type Outcome =
  | { ok: true; message?: string; redirectTo?: string; changed?: boolean; data?: Record<string, string>; freshTags?: string[] }
  | { ok: false; formError?: string; fieldErrors?: Record<string, (string | FieldError)[]>; conflict?: Conflict; referrers?: Referrer[]; keepValues?: boolean };

export interface ActionContext {
  user: SessionUser;
  locale: AppLocale;
  formData: FormData;
}

/**
 * The one way a mutation runs: the session, the role, the schema, then the data layer (which
 * writes the revision and the audit entry in its own transaction and checks the role again),
 * then the cache. Refusals and invalid input come back as state with the values as typed;
 * nothing here throws at the user, and nothing is written before every check passed.
 */
export function defineAction<Schema extends z.ZodType>(options: {
  permission: Permission;
  schema: Schema;
  repeated?: (name: string) => boolean;
  run: (input: z.output<Schema>, context: ActionContext) => Promise<Outcome>;
}) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    return { ...(await perform(formData)), stamp: crypto.randomUUID() };
  };

  async function perform(formData: FormData): Promise<ActionState> {
    const locale = localeOf(formData);
    const values = formValues(formData);
    const t = await translator(locale, 'Admin');
    let user: SessionUser;
    try {
      user = await requirePermission(options.permission);
    } catch (error) {
      if (error instanceof AuthError) return { status: 'error', message: t(`messages.${error.reason}`), values };
      throw error;
    }
    const unstorable = fieldsWithNullCharacter(formData);
    if (unstorable.length) {
      const fieldErrors = await localize(locale, Object.fromEntries(unstorable.map((name) => [name, ['nullCharacter']])));
      return { status: 'error', message: t('messages.checkFields'), fieldErrors, values };
    }
    const parsed = options.schema.safeParse(formDataToObject(formData, options.repeated));
    if (!parsed.success) return { status: 'error', message: t('messages.checkFields'), fieldErrors: await localize(locale, fieldErrorsOf(parsed.error)), values };

    let outcome: Outcome;
    try {
      outcome = await options.run(parsed.data, { user, locale, formData });
    } catch (error) {
      if (error instanceof AuthError) return { status: 'error', message: t(`messages.${error.reason}`), values };
      throw error;
    }
    if (!outcome.ok) {
      return {
        status: 'error',
        message: t(`messages.${outcome.formError ?? (outcome.conflict ? 'conflict' : outcome.referrers ? 'referrers' : 'checkFields')}` as 'messages.checkFields'),
        fieldErrors: outcome.fieldErrors ? await localize(locale, outcome.fieldErrors) : undefined,
        conflict: outcome.conflict,
        referrers: outcome.referrers,
        values,
      };
    }
    if (outcome.changed !== false) {
      // With read replicas, the pages rendered next read from them: wait until they have the
      // save, or a page could cache the old rows (decision 014). At once without replicas.
      await waitForReplicas(db());
      if (outcome.freshTags) {
        // A record's save: its own page and reads are fresh at once (the editor sees the save);
        // the rest that shows records is served once more while it renders again, so a burst of
        // saves never makes every reader wait for a render (decision 013).
        for (const tag of outcome.freshTags) updateTag(tag);
        revalidateTag(TAG_ALL, 'max');
      } else {
        updateTag(TAG_ALL);
      }
    }
    if (outcome.redirectTo) redirect({ href: outcome.redirectTo, locale });
    return { status: 'ok', message: outcome.message ? t(`messages.${outcome.message}` as 'messages.saved') : undefined, data: outcome.data };
  }
}

function localeOf(formData: FormData): AppLocale {
  const value = formData.get('locale');
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale;
}

async function localize(locale: AppLocale, errors: Record<string, (string | FieldError)[]>): Promise<Record<string, string[]>> {
  const t = await translator(locale, 'Validation');
  return Object.fromEntries(
    Object.entries(errors).map(([path, list]) => [
      path,
      list.map((error) => {
        const { key, values } = typeof error === 'string' ? { key: error, values: undefined } : error;
        return t(key as 'required', values as never);
      }),
    ]),
  );
}
