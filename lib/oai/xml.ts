/** Just enough XML writing for OAI-PMH: escaped text and attributes, elements nested as strings. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids (most control characters) cannot appear even escaped: dropped.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** An element whose children are already XML (strings from `element`/`text`). */
export function element(name: string, attrs: Attributes = {}, children: string[] = []): string {
  const open = `<${name}${attributes(attrs)}`;
  return children.length ? `${open}>${children.join('')}</${name}>` : `${open}/>`;
}

/** An element holding text. */
export function text(name: string, value: string, attrs: Attributes = {}): string {
  return `<${name}${attributes(attrs)}>${escapeXml(value)}</${name}>`;
}
