'use server';
import { APIError } from 'better-auth/api';
import { z } from 'zod';
import { headers } from 'next/headers';
import { auth } from '@/lib/auth/auth';
import { clear, hit, peek, signInLimits } from '@/lib/auth/rate-limit';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { translator } from '@/lib/i18n/translator';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { passwordChangeSchema, safeNext, signInSchema } from '@/lib/validation/account';
import { formDataToObject } from '@/lib/forms/form-data';
import type { ActionState } from './action-state';
import { defineAction } from './define-action';

function localeOf(formData: FormData): AppLocale {
  return routing.locales.find((locale) => locale === formData.get('locale')) ?? routing.defaultLocale;
}

/**
 * Sign-in has no session yet, so it is the one action outside the wrapper. Failures count per
 * account and per address (X-Forwarded-For as the proxy in front sets it); past the limit the
 * form says how long to wait, and not even a right password gets in until then.
 */
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  const t = await translator(locale, 'Admin');
  const values = { email: [String(formData.get('email') ?? '')], next: [String(formData.get('next') ?? '')] };
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const v = await translator(locale, 'Validation');
    const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error)).map(([path, list]) => [path, list.map((error) => v(error.key as 'required', error.values as never))]));
    return { status: 'error', message: t('messages.checkFields'), fieldErrors, values };
  }
  const requestHeaders = await headers();
  const address = requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
  const limits = signInLimits(parsed.data.email, address);
  for (const limit of limits) {
    const state = await peek(db(), limit);
    if (!state.allowed) return { status: 'error', message: t('messages.tooManyAttempts', { minutes: Math.ceil(state.retryAfterSeconds / 60) }), values };
  }
  let userId: string;
  try {
    const result = await auth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
    userId = result.user.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    for (const limit of limits) await hit(db(), limit);
    await db().auditLog.create({ data: { action: 'auth.sign-in-failed', detail: { email: parsed.data.email.toLowerCase(), address } } });
    return { status: 'error', message: t('messages.badCredentials'), values };
  }
  await clear(db(), limits[0].key);
  await db().auditLog.create({ data: { actorId: userId, action: 'auth.sign-in', detail: { address } } });
  redirect({ href: safeNext(parsed.data.next), locale });
  return { status: 'ok' };
}

const signOut = defineAction({
  permission: 'admin.read',
  schema: z.object({}),
  async run(_input, { user }) {
    await auth().api.signOut({ headers: await headers() });
    await db().auditLog.create({ data: { actorId: user.id, action: 'auth.sign-out' } });
    return { ok: true, changed: false, redirectTo: '/admin/sign-in?signedOut=1' };
  },
});
export async function signOutAction(previous: ActionState, formData: FormData) {
  return signOut(previous, formData);
}

const changePassword = defineAction({
  permission: 'admin.read',
  schema: passwordChangeSchema,
  async run(input, { user }) {
    try {
      // Every other session of this account ends: a changed password locks out whoever had the old one.
      await auth().api.changePassword({ body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true }, headers: await headers() });
    } catch (error) {
      if (error instanceof APIError) return { ok: false, fieldErrors: { currentPassword: ['wrongPassword'] } };
      throw error;
    }
    await db().auditLog.create({ data: { actorId: user.id, action: 'auth.password-change' } });
    return { ok: true, changed: false, message: 'passwordChanged' };
  },
});
export async function changePasswordAction(previous: ActionState, formData: FormData) {
  return changePassword(previous, formData);
}
