/**
 * The HTML of alert e-mails: one plain template, inline styles only (mail programs drop style
 * sheets), every text escaped. Texts come from editors and readers (a search's words), never
 * trusted as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface HtmlLink {
  text: string;
  href: string;
  lang?: string;
}

export interface HtmlItem {
  link: HtmlLink;
  /** Type and date, after the title. */
  details: string;
}

const linkStyle = 'color:#1e40af';

export function htmlLink({ text, href, lang }: HtmlLink): string {
  const langAttribute = lang ? ` lang="${escapeHtml(lang)}"` : '';
  return `<a href="${escapeHtml(href)}" style="${linkStyle}"${langAttribute}>${escapeHtml(text)}</a>`;
}

export function emailHtml({
  lang,
  title,
  paragraphs,
  items = [],
  action,
  footer,
  footerLinks,
}: {
  lang: string;
  title: string;
  paragraphs: string[];
  items?: HtmlItem[];
  action?: HtmlLink;
  footer: string;
  footerLinks: HtmlLink[];
}): string {
  const body = [
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    items.length
      ? `<ul style="padding-left:20px">${items.map((item) => `<li style="margin-bottom:8px">${htmlLink(item.link)}<br><span style="color:#334155;font-size:14px">${escapeHtml(item.details)}</span></li>`).join('')}</ul>`
      : '',
    action ? `<p>${htmlLink(action)}</p>` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#0f172a;max-width:640px;margin:0 auto;padding:16px">
${body}
<hr style="border:none;border-top:1px solid #cbd5e1;margin:24px 0">
<p style="font-size:13px;color:#334155">${escapeHtml(footer)}<br>${footerLinks.map(htmlLink).join(' · ')}</p>
</body>
</html>
`;
}
