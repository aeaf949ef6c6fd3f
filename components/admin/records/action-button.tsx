'use client';
import { useActionState } from 'react';
import { useLocale } from 'next-intl';
import { idle, type ActionState } from '@/lib/actions/action-state';
import { SubmitButton } from '../form/submit-button';

/** One workflow step as its own small form: works without JavaScript, says why if refused. */
export function ActionButton({ action, fields, label, tone = 'secondary' }: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  tone?: 'primary' | 'secondary' | 'danger';
}) {
  const locale = useLocale();
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="inline-flex flex-col">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <SubmitButton tone={tone}>{label}</SubmitButton>
      {state.status === 'error' && <p role="alert" className="mt-1 max-w-xs text-sm text-red-700">{state.message}</p>}
    </form>
  );
}
