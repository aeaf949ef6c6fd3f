import { describe, expect, it } from 'vitest';
import { judgeAddress } from '@/lib/security/address';

describe('addresses Next.js cannot decode', () => {
  it('lets ordinary addresses through, escapes and all', () => {
    for (const url of ['/', '/en/statements/csto-summit', '/ru/search?q=%D0%9E%D0%94%D0%9A%D0%91', '/en/search?q=%25', '/api/v1/statements/%25', '/en/%D0%BF%D0%BE%D0%B8%D1%81%D0%BA']) {
      expect(judgeAddress(url), url).toEqual({ ok: true });
    }
  });

  it('sends pages whose path is not UTF-8 or still escaped once decoded to the 404 of their language', () => {
    expect(judgeAddress('/en/statements/%FF')).toEqual({ ok: false, api: false, locale: 'en' });
    expect(judgeAddress('/ru/people/%ED%A0%80')).toEqual({ ok: false, api: false, locale: 'ru' });
    expect(judgeAddress('/ru/countries/%25')).toEqual({ ok: false, api: false, locale: 'ru' });
    expect(judgeAddress('/%FF/statements')).toEqual({ ok: false, api: false, locale: 'en' });
  });

  it('refuses API addresses that are not UTF-8, and only those', () => {
    expect(judgeAddress('/api/v1/statements/%FF')).toEqual({ ok: false, api: true, locale: 'en' });
    expect(judgeAddress('/oai/%C0')).toEqual({ ok: false, api: true, locale: 'en' });
  });
});
