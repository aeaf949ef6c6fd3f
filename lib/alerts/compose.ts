import type { AlertFrequency, AlertMessageKind, Locale } from '@/lib/generated/prisma/enums';
import { translator } from '@/lib/i18n/translator';
import { emailHtml, type HtmlItem, type HtmlLink } from './email-html';

/** Everything an alert e-mail says, already resolved: the composer only words and lays it out. */
export interface MailContent {
  kind: AlertMessageKind;
  locale: Locale;
  /** What the alert follows, in the e-mail's language ("search “terrorism”"). */
  what: string | null;
  frequency: AlertFrequency | null;
  links: {
    confirm?: string;
    manage?: string;
    /** The page that stops this alert (or all of them), and the RFC 8058 one-click POST address. */
    unsubscribe: string;
    oneClick: string;
  };
  /** DIGEST: the new records. */
  records?: { title: string; lang?: string; type: string; date: string | null; url: string }[];
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * Subject, text and HTML bodies in the reader's chosen language, with the one-click unsubscribe
 * headers every alert e-mail carries (RFC 2369 List-Unsubscribe, RFC 8058 List-Unsubscribe-Post).
 */
export async function composeMail(content: MailContent): Promise<ComposedMail> {
  const [t, text, meta] = await Promise.all([
    translator(content.locale, 'AlertEmail'),
    translator(content.locale, 'AlertText'),
    translator(content.locale, 'Metadata'),
  ]);
  const site = meta('siteName');
  const what = content.what ?? '';
  const frequency = content.frequency ? text(`frequency.${content.frequency}`) : '';
  const { links } = content;
  const perAlert = content.kind !== 'MANAGE_LINK';

  let subject: string;
  let paragraphs: string[];
  let action: HtmlLink | undefined;
  let items: HtmlItem[] = [];
  switch (content.kind) {
    case 'CONFIRMATION':
      subject = t('confirmSubject', { what });
      paragraphs = [t('confirmBody', { site, what, frequency })];
      action = { text: t('confirmAction'), href: links.confirm! };
      break;
    case 'ALREADY_SUBSCRIBED':
      subject = t('alreadySubject', { what });
      paragraphs = [t('alreadyBody', { what })];
      action = { text: t('manage'), href: links.manage! };
      break;
    case 'MANAGE_LINK':
      subject = t('manageSubject', { site });
      paragraphs = [t('manageBody')];
      action = { text: t('manage'), href: links.manage! };
      break;
    case 'DIGEST': {
      const records = content.records ?? [];
      subject = t('digestSubject', { count: records.length, what });
      paragraphs = [t('digestIntro', { count: records.length, what })];
      items = records.map((record) => ({
        link: { text: record.title, href: record.url, lang: record.lang },
        details: [record.type, record.date ?? t('undated')].join(' · '),
      }));
      break;
    }
  }

  // Only a confirmed alert is "followed"; a confirmation e-mail says instead that it can be ignored.
  const footer = content.kind === 'CONFIRMATION' ? t('confirmIgnore') : perAlert ? t('footer', { what, frequency, site }) : '';
  const footerLinks: HtmlLink[] = [
    { text: perAlert ? t('unsubscribe') : t('unsubscribeAll'), href: links.unsubscribe },
    ...(links.manage && content.kind === 'DIGEST' ? [{ text: t('manage'), href: links.manage }] : []),
  ];
  const plain = [
    ...paragraphs,
    ...items.map((item) => `- ${item.link.text}\n  ${item.details}\n  ${item.link.href}`),
    ...(action ? [action.href] : []),
    '--',
    [footer, ...footerLinks.map((link) => `${link.text}: ${link.href}`)].filter(Boolean).join('\n'),
  ].join('\n\n');

  const html = emailHtml({
    lang: content.locale,
    title: subject,
    paragraphs,
    items,
    action,
    footer,
    footerLinks,
  });

  return {
    subject,
    text: `${plain}\n`,
    html,
    headers: {
      'List-Unsubscribe': `<${links.oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // Automatic mail: no out-of-office replies to it (RFC 3834).
      'Auto-Submitted': 'auto-generated',
      'Content-Language': content.locale,
    },
  };
}
