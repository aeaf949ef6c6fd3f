'use server';

import { getLocale } from 'next-intl/server';
import { nudgeAlertJob } from '@/lib/alerts/worker';
import { cancelAlerts, confirmAlert, unsubscribe } from '@/lib/data/alert-links';
import { requestManageLink, requestSubscription } from '@/lib/data/alert-requests';
import { redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { fieldErrors, manageLinkSchema, subscribeFormValues, subscribeSchema, type FieldErrors } from '@/lib/validation/alerts';

/**
 * The readers' alert actions. Like sign-in, they are outside the editors' wrapper
 * (define-action.ts): there is no session, a reader is whoever holds the address (proved by the
 * confirmation link) or a link's token, and the data layer checks that itself. Validation
 * failures are returned for the form to show; links that no longer work lead to their page,
 * which says so. Requests are limited per address in the data layer (alert-requests.ts).
 */
export type FormError = 'rateLimited' | 'target' | 'unavailable';

export type SubscribeState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: FieldErrors; formError?: FormError; values: { email: string; frequency?: string; language?: string } }
  | { status: 'sent'; email: string };

export async function subscribeAction(_previous: SubscribeState, form: FormData): Promise<SubscribeState> {
  const values = subscribeFormValues(form);
  const echo = { email: values.email.slice(0, 254), frequency: values.frequency, language: values.language };
  const parsed = subscribeSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrors(parsed.error), values: echo };
  let result;
  try {
    result = await requestSubscription(parsed.data);
  } catch {
    return { status: 'error', fieldErrors: {}, formError: 'unavailable', values: echo };
  }
  if (!result.ok) return { status: 'error', fieldErrors: {}, formError: result.reason, values: echo };
  nudgeAlertJob();
  return { status: 'sent', email: parsed.data.email };
}

export type ManageLinkState = { status: 'idle' } | { status: 'error'; email: string } | { status: 'sent'; email: string };

export async function manageLinkAction(_previous: ManageLinkState, form: FormData): Promise<ManageLinkState> {
  const raw = String(form.get('email') ?? '').slice(0, 254);
  const parsed = manageLinkSchema.safeParse({ email: raw });
  if (!parsed.success) return { status: 'error', email: raw };
  await requestManageLink(parsed.data.email, (await getLocale()) as AppLocale);
  nudgeAlertJob();
  return { status: 'sent', email: parsed.data.email };
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

export async function confirmAction(form: FormData) {
  const locale = (await getLocale()) as AppLocale;
  const token = field(form, 'token');
  const confirmed = await confirmAlert(token);
  if (!confirmed) redirect({ href: `/alerts/confirm/${encodeURIComponent(token)}`, locale });
  else redirect({ href: { pathname: `/alerts/manage/${confirmed.manageToken}`, query: { done: 'confirmed' } }, locale });
}

export async function cancelAction(form: FormData) {
  const locale = (await getLocale()) as AppLocale;
  const token = field(form, 'token');
  const which = field(form, 'alert');
  const all = which === 'all';
  await cancelAlerts(token, all ? 'all' : which);
  redirect({ href: { pathname: `/alerts/manage/${encodeURIComponent(token)}`, query: { done: all ? 'cancelledAll' : 'cancelled' } }, locale });
}

export async function unsubscribeAction(form: FormData) {
  const locale = (await getLocale()) as AppLocale;
  const token = field(form, 'token');
  const done = await unsubscribe(token);
  if (!done) redirect({ href: `/alerts/unsubscribe/${encodeURIComponent(token)}`, locale });
  else redirect({ href: { pathname: '/alerts/unsubscribed', query: done.all ? { all: '1' } : {} }, locale });
}
