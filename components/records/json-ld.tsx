/**
 * Structured data for search engines, rendered on the server. `<` is escaped so no text in the
 * record (a quote containing "</script>") can end the script element early.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
