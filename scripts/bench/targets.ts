/**
 * What `npm run bench` loads, and the targets of issue #10 as fractions of the static file's
 * requests per second in the same run. Every path exists in the seed, so both corpora use the same.
 */
export interface BenchTarget {
  key: string;
  label: string;
  path: string;
  /** Fraction of the static file's requests per second to reach; absent: reported only. */
  ratio?: number;
  /** p95 latency to stay under, in ms. */
  p95?: number;
}

export const STATIC_TARGET: BenchTarget = { key: 'static', label: 'static file (the ceiling)', path: '/favicon.ico' };

export const PAGE_TARGETS: BenchTarget[] = [
  { key: 'record', label: 'record page, cached', path: '/en/statements/kuznetsov-western-connivance-white-helmets', ratio: 0.5, p95: 20 },
  { key: 'list', label: 'list page with filters', path: '/en/statements?organisation=russia-mfa&lang=ru', ratio: 0.3 },
  { key: 'home', label: 'home page', path: '/en', ratio: 0.3 },
  { key: 'search', label: 'search', path: `/en/search?q=${encodeURIComponent('terrorism')}`, ratio: 0.1 },
  { key: 'api', label: 'API list', path: '/api/v1/statements?lang=ru&pageSize=20' },
];
