/**
 * FormData is flat strings; the schemas want objects. `texts.name.ru` becomes
 * `{ texts: { name: { ru } } }`; names listed as repeated collect every value into an array.
 * Next's own `$ACTION_…` fields are dropped. Nothing is coerced here: the schemas do that.
 */
export type FormObject = { [key: string]: string | string[] | FormObject };

export function formDataToObject(formData: FormData, repeated: (name: string) => boolean = () => false): FormObject {
  const out: FormObject = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith('$ACTION') || typeof value !== 'string') continue;
    const path = name.split('.');
    if (path.some((part) => part === '' || part === '__proto__' || part === 'constructor' || part === 'prototype')) continue;
    let node = out;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      if (typeof next !== 'object' || Array.isArray(next)) node[part] = {};
      node = node[part] as FormObject;
    }
    const leaf = path.at(-1)!;
    if (repeated(name)) {
      const list = Array.isArray(node[leaf]) ? (node[leaf] as string[]) : [];
      if (value.trim() !== '') list.push(value);
      node[leaf] = list;
    } else {
      node[leaf] = value;
    }
  }
  return out;
}

/**
 * The submitted values as flat strings, to put back into a form after an error. Collected in a
 * Map: a field named `constructor`, `toString` or `__proto__` must not find what every object
 * inherits (an action threw a 500 on them); Object.fromEntries makes them plain own keys.
 */
export function formValues(formData: FormData): Record<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of formData.entries()) {
    if (name.startsWith('$ACTION') || typeof value !== 'string') continue;
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return Object.fromEntries(values);
}

/**
 * Fields whose value holds U+0000. PostgreSQL cannot store it in text (nor in jsonb), so such a
 * form would fail at the database with a 500; it is refused up front with a field error instead.
 */
export function fieldsWithNullCharacter(formData: FormData): string[] {
  const names = new Set<string>();
  for (const [name, value] of formData.entries()) if (typeof value === 'string' && value.includes('\u0000') && !name.startsWith('$ACTION')) names.add(name);
  return [...names];
}
