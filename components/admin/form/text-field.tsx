import { describe, errorId, FieldError, inputId } from './field-error';

interface Props {
  name: string;
  label: string;
  value?: string;
  errors?: string[];
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: string;
  required?: boolean;
  lang?: string;
  autoComplete?: string;
  maxLength?: number;
}

const control = 'mt-1 block w-full rounded border border-slate-400 px-2 py-1.5 aria-[invalid=true]:border-red-700';

/** A labelled input or textarea whose errors are announced; uncontrolled, so it works without JS. */
export function TextField({ name, label, value, errors, hint, multiline, rows = 4, type = 'text', required, lang, autoComplete, maxLength }: Props) {
  const hintId = hint ? `${inputId(name)}-hint` : undefined;
  const wiring = describe(name, errors, hintId);
  return (
    <div>
      <label htmlFor={inputId(name)} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...wiring} name={name} defaultValue={value} rows={rows} required={required} lang={lang} maxLength={maxLength} className={control} />
      ) : (
        <input {...wiring} name={name} type={type} defaultValue={value} required={required} lang={lang} autoComplete={autoComplete} maxLength={maxLength} className={control} />
      )}
      <FieldError id={errorId(name)} errors={errors} />
    </div>
  );
}
