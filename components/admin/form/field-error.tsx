/** A field's errors, referenced by the input's aria-describedby so screen readers announce them. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join(' ')}
    </p>
  );
}

export const errorId = (name: string) => `${name.replaceAll('.', '-')}-error`;
export const inputId = (name: string) => `field-${name.replaceAll('.', '-')}`;

/** The ARIA wiring every input shares. */
export function describe(name: string, errors?: string[], hint?: string) {
  const ids = [errors?.length ? errorId(name) : null, hint].filter(Boolean).join(' ');
  return { id: inputId(name), 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': ids || undefined };
}
