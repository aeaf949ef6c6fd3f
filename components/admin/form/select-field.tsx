import { describe, errorId, FieldError, inputId } from './field-error';

interface Props {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
  errors?: string[];
}

export function SelectField({ name, label, value, options, errors }: Props) {
  return (
    <div>
      <label htmlFor={inputId(name)} className="block text-sm font-medium">
        {label}
      </label>
      <select {...describe(name, errors)} name={name} defaultValue={value} className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId(name)} errors={errors} />
    </div>
  );
}
