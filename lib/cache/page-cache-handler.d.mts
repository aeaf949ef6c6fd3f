// Types for the page cache handler (plain JavaScript, loaded by Next.js at run time).
export interface CacheHandlerContext {
  fs: unknown;
  serverDistDir: string;
  flushToDisk?: boolean;
  revalidatedTags: string[];
  maxMemoryCacheSize?: number;
  dev?: boolean;
  _requestHeaders: Record<string, string | string[] | undefined>;
}

export default class PageCacheHandler {
  constructor(ctx: CacheHandlerContext);
  get(key: string, ctx: object): Promise<{ lastModified: number; value: { html: string } } | null>;
  set(key: string, data: object | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
