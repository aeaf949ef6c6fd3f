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
  /** The n-th request's path, when every request asks something else (`path` then describes them). */
  pathFor?: (n: number) => string;
}

/**
 * Words of the seed and of the synthetic corpus's vocabulary (scripts/db/synth.ts), paired so
 * that 48 × 48 searches are all different: more than a run asks, so none is answered from memory.
 */
const WORDS = [
  'terrorism', 'cooperation', 'security', 'extremism', 'financing', 'border', 'drugs', 'cyber',
  'sanctions', 'intelligence', 'training', 'exercise', 'summit', 'declaration', 'resolution', 'convention',
  'terrorist', 'prevention', 'radicalisation', 'recruitment', 'weapons', 'aviation', 'maritime', 'hostage',
  'терроризм', 'сотрудничество', 'безопасность', 'экстремизм', 'финансирование', 'граница', 'наркотики', 'учения',
  'санкции', 'разведка', 'подготовка', 'саммит', 'декларация', 'резолюция', 'конвенция', 'профилактика',
  'CSTO', 'SCO', 'BRICS', 'ОДКБ', 'ШОС', 'UN', 'CIS', 'СНГ',
];
const distinctQuery = (n: number) => `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length) % WORDS.length]}`;

export const STATIC_TARGET: BenchTarget = { key: 'static', label: 'static file (the ceiling)', path: '/favicon.ico' };

export const PAGE_TARGETS: BenchTarget[] = [
  { key: 'record', label: 'record page, cached', path: '/en/statements/kuznetsov-western-connivance-white-helmets', ratio: 0.5, p95: 20 },
  { key: 'list', label: 'list page with filters', path: '/en/statements?organisation=russia-mfa&lang=ru', ratio: 0.3 },
  { key: 'home', label: 'home page', path: '/en', ratio: 0.3 },
  { key: 'search', label: 'search, one query asked again and again', path: `/en/search?q=${encodeURIComponent('terrorism')}`, ratio: 0.1 },
  {
    key: 'search-new',
    label: 'search, a new query every time',
    path: '/en/search?q=<two words, 2,304 pairs>',
    ratio: 0.1,
    pathFor: (n) => `/en/search?q=${encodeURIComponent(distinctQuery(n))}`,
  },
  { key: 'api', label: 'API list', path: '/api/v1/statements?lang=ru&pageSize=20' },
];
