'use client';
import { useFormStatus } from 'react-dom';

/** A submit button that says it is working and cannot be pressed twice meanwhile. */
export function SubmitButton({ children, name, value, tone = 'primary', formAction }: {
  children: React.ReactNode;
  name?: string;
  value?: string;
  tone?: 'primary' | 'secondary' | 'danger';
  formAction?: (formData: FormData) => void;
}) {
  const { pending } = useFormStatus();
  const tones = {
    primary: 'bg-blue-800 text-white hover:bg-blue-900',
    secondary: 'border border-slate-500 bg-white hover:bg-slate-50',
    danger: 'bg-red-800 text-white hover:bg-red-900',
  };
  return (
    <button type="submit" name={name} value={value} formAction={formAction} disabled={pending} aria-disabled={pending} className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${tones[tone]}`}>
      {children}
    </button>
  );
}
