/**
 * One load run: autocannon against one URL for a fixed time with a fixed number of connections,
 * over loopback. Latencies are kept per response (autocannon's own summary has no p95), and
 * everything that is not a 2xx answer counts as an error.
 */
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** What the errors were, e.g. "3 × 500, 2 timeouts", empty when there were none. */
  errorDetail: string;
  bytesPerRequest: number;
}

export interface LoadOptions {
  url: string;
  /** Paths each connection requests in turn, instead of `url`'s own. */
  paths?: string[];
  /** Called for every request (over all connections) for its path, instead of `url`'s own. */
  nextPath?: () => string;
  connections: number;
  seconds: number;
  /** Sent as a browser would: pages and files may be compressed. */
  headers?: Record<string, string>;
}

export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,application/json;q=0.9,*/*;q=0.8' };

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

export async function load({ url, paths, nextPath, connections, seconds, headers = BROWSER_HEADERS }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((done, failed) => {
    const requests = nextPath
      ? [{ method: 'GET' as const, setupRequest: (request: autocannon.Request) => ({ ...request, path: nextPath() }) }]
      : paths?.map((path) => ({ method: 'GET' as const, path }));
    const instance = autocannon({ url, requests, connections, duration: seconds, headers, timeout: 10 }, (error, result) =>
      error ? failed(error) : done(result),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
  });
  latencies.sort((a, b) => a - b);
  const bad = [...statuses].filter(([status]) => status < 200 || status > 299);
  const detail = [
    ...bad.map(([status, count]) => `${count} × ${status}`),
    ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
    ...(result.errors - result.timeouts > 0 ? [`${result.errors - result.timeouts} connection errors`] : []),
  ].join(', ');
  const requests = latencies.length;
  return {
    requests,
    rps: requests / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: bad.reduce((sum, [, count]) => sum + count, 0) + result.errors,
    errorDetail: detail,
    bytesPerRequest: requests ? result.throughput.total / requests : 0,
  };
}
