import { describe, expect, it } from 'vitest';
import { escapeHtml, emailHtml } from '@/lib/alerts/email-html';
import { firstDigestAt, nextDigestAt, retryDelay } from '@/lib/alerts/schedule';
import { hashToken, newToken, TOKEN_PATTERN } from '@/lib/alerts/tokens';
import { fieldErrors, subscribeFormValues, subscribeSchema, targetFromSearchParams } from '@/lib/validation/alerts';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe('the subscribe form', () => {
  it('takes a search with its filters, and lowercases the address', () => {
    const parsed = subscribeSchema.parse(subscribeFormValues(form({ email: ' Ana@Example.ORG ', frequency: 'DAILY', language: 'ru', q: ' ОДКБ ', type: 'statement', year: '2018' })));
    expect(parsed).toEqual({ email: 'ana@example.org', frequency: 'DAILY', language: 'ru', target: { kind: 'search', q: 'ОДКБ', type: 'statement', year: 2018 } });
  });

  it('takes a followed record', () => {
    const parsed = subscribeSchema.parse(subscribeFormValues(form({ email: 'a@b.org', frequency: 'WEEKLY', language: 'en', follow: 'person', slug: 'sergey-shveikin' })));
    expect(parsed.target).toEqual({ kind: 'follow', follow: 'person', slug: 'sergey-shveikin' });
  });

  it('names every field with a problem, as a message code', () => {
    const result = subscribeSchema.safeParse(subscribeFormValues(form({ email: 'not an address', frequency: 'HOURLY', language: 'de', follow: 'country', slug: 'x' })));
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ email: 'email', frequency: 'frequency', language: 'language', target: 'target' });
  });

  it.each([
    [{ email: '', frequency: 'DAILY', language: 'en', q: 'x' }, 'email'],
    [{ email: `${'a'.repeat(250)}@b.org`, frequency: 'DAILY', language: 'en', q: 'x' }, 'email'],
    [{ email: 'a@b.org', language: 'en', q: 'x' }, 'frequency'],
    [{ email: 'a@b.org', frequency: 'DAILY', language: 'en', q: '   ' }, 'target'],
    [{ email: 'a@b.org', frequency: 'DAILY', language: 'en', q: 'x', year: '1066' }, 'target'],
    [{ email: 'a@b.org', frequency: 'DAILY', language: 'en', follow: 'person', slug: '../etc' }, 'target'],
  ])('refuses %j (%s)', (entries, field) => {
    const result = subscribeSchema.safeParse(subscribeFormValues(form(entries)));
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrors(result.error!))).toEqual([field]);
  });

  it('reads what to follow from the subscribe page URL, or nothing', () => {
    expect(targetFromSearchParams({ q: 'terrorism', type: 'statement', page: '3' })).toEqual({ kind: 'search', q: 'terrorism', type: 'statement' });
    expect(targetFromSearchParams({ follow: 'organisation', slug: 'csto' })).toEqual({ kind: 'follow', follow: 'organisation', slug: 'csto' });
    expect(targetFromSearchParams({})).toBeNull();
    expect(targetFromSearchParams({ follow: 'statement', slug: 'x1' })).toBeNull();
  });
});

describe('the alert schedule', () => {
  const at = (iso: string) => new Date(iso);

  it('backs off 1, 2, 4 … minutes, at most 6 hours', () => {
    expect([1, 2, 3, 8].map((n) => retryDelay(n) / 60_000)).toEqual([1, 2, 4, 128]);
    expect(retryDelay(12)).toBe(6 * 3_600_000);
  });

  it('schedules the first digest a period after confirmation, none for immediate alerts', () => {
    expect(firstDigestAt('DAILY', at('2026-01-01T08:00:00Z'))).toEqual(at('2026-01-02T08:00:00Z'));
    expect(firstDigestAt('WEEKLY', at('2026-01-01T08:00:00Z'))).toEqual(at('2026-01-08T08:00:00Z'));
    expect(firstDigestAt('IMMEDIATE', at('2026-01-01T08:00:00Z'))).toBeNull();
  });

  it('moves a due digest to the next run after now, keeping its time of day', () => {
    expect(nextDigestAt('DAILY', at('2026-01-02T08:00:00Z'), at('2026-01-02T08:00:30Z'))).toEqual(at('2026-01-03T08:00:00Z'));
    // Ten days stopped: one catch-up, not ten.
    expect(nextDigestAt('DAILY', at('2026-01-02T08:00:00Z'), at('2026-01-12T09:00:00Z'))).toEqual(at('2026-01-13T08:00:00Z'));
    expect(nextDigestAt('WEEKLY', at('2026-01-02T08:00:00Z'), at('2026-01-02T08:00:00Z'))).toEqual(at('2026-01-09T08:00:00Z'));
  });
});

describe('alert links and e-mails', () => {
  it('makes random tokens and stores only their hash', () => {
    const token = newToken();
    expect(token).toMatch(TOKEN_PATTERN);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });

  it('escapes every text in the HTML body', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    const html = emailHtml({
      lang: 'en',
      title: 'New <b>',
      paragraphs: ['Search “<img src=x onerror=alert(1)>”'],
      items: [{ link: { text: 'A & B', href: 'http://x.org/?a=1&b="2"' }, details: 'Statement · 1 May 2026' }],
      footer: 'Footer',
      footerLinks: [{ text: 'Stop', href: 'http://x.org/stop' }],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('href="http://x.org/?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('>A &amp; B</a>');
  });
});
