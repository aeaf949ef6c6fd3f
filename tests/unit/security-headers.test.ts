import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import compression from 'next/dist/compiled/compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeBody } from '@/lib/security/body-limit';
import { documentCsp } from '@/lib/security/headers';
import { inlineScriptHashes } from '@/lib/security/inline-scripts';
import { secureResponse } from '@/lib/security/secure-response';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>${"Привет, мир. ".repeat(200)}</p>
<script id="_R_">${TURBOPACK}</script><script type="application/ld+json">{"@context":"https://schema.org"}</script>
<script>${FLIGHT_START}</script><script>${FLIGHT}</script></body></html>`;

describe('which inline scripts the policy allows', () => {
  it('hashes the framework scripts exactly as the browser hashes them, and nothing else', () => {
    const { hashes, unknown } = inlineScriptHashes(PAGE);
    expect(hashes).toEqual([sha(TURBOPACK), sha(FLIGHT_START), sha(FLIGHT)]);
    expect(unknown).toEqual([]);
  });

  it.each([
    ['a plain injected script', '<script>alert(1)</script>'],
    ['code hidden after a flight chunk', '<script>self.__next_f.push([1,"x"]);alert(1)</script>'],
    ['code inside the push argument', '<script>self.__next_f.push([alert(1)])</script>'],
    ['a chunk list that is not JSON', '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({a: alert(1)});</script>'],
    ['an injected script typed as JavaScript', '<script type="text/javascript">fetch("//evil")</script>'],
  ])('never hashes %s', (_, html) => {
    const { hashes, unknown } = inlineScriptHashes(html);
    expect(hashes).toEqual([]);
    expect(unknown).toHaveLength(1);
  });

  it('never hashes a script spelled in capitals (Next never writes one)', () => {
    expect(inlineScriptHashes('<SCRIPT>self.__next_f.push([1,"x"])</SCRIPT>').hashes).toEqual([]);
  });

  it('builds a document policy without unsafe-inline for scripts', () => {
    const policy = documentCsp(['abc=']);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(documentCsp([], { dev: true })).toMatch(/script-src 'self' 'unsafe-eval'/);
  });
});

describe('the response step in front of Next.js', () => {
  let server: Server;
  let origin = '';
  // Each path writes its answer the way some part of Next.js does.
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/page': (res) => {
      res.statusCode = 200;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.flushHeaders();
      const half = Math.floor(PAGE.length / 2);
      res.write(Buffer.from(PAGE.slice(0, half)));
      res.write(PAGE.slice(half));
      res.end();
    },
    '/not-found': (res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
    '/json': (res) => {
      res.writeHead(200, ['Content-Type', 'application/json']);
      res.end('{"ok":true}');
    },
    '/stream': (res) => {
      res.setHeader('Content-Type', 'text/csv');
      Readable.from(['a,b\n', '1,2\n']).pipe(res);
    },
  };

  beforeAll(async () => {
    const compress = compression();
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      compress(req, res, () => {});
      secureResponse(req, res, { production: true });
      routes[req.url ?? '']?.(res);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('gives an HTML page, written in pieces, a policy naming its own framework scripts', async () => {
    const response = await fetch(`${origin}/page`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(PAGE);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain(`'sha256-${sha(FLIGHT)}'`);
    expect(policy).toContain(`'sha256-${sha(TURBOPACK)}'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('keeps the status and headers given to writeHead', async () => {
    const response = await fetch(`${origin}/not-found`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain(`'sha256-${sha(FLIGHT)}'`);
  });

  it('compresses after the policy is set, when the client asks for it', async () => {
    const raw = await rawGet(`${origin}/page`, { 'accept-encoding': 'gzip' });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['content-security-policy']).toContain(`'sha256-${sha(FLIGHT)}'`);
    expect(gunzipSync(raw.body).toString('utf8')).toBe(PAGE);
  });

  it('passes other answers straight through with the policy for non-documents', async () => {
    const json = await fetch(`${origin}/json`);
    expect(await json.json()).toEqual({ ok: true });
    expect(json.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    const csv = await fetch(`${origin}/stream`);
    expect(await csv.text()).toBe('a,b\n1,2\n');
    expect(csv.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('gives a HEAD of a page the document policy with no inline script allowed', async () => {
    const response = await fetch(`${origin}/page`, { method: 'HEAD' });
    expect(response.headers.get('content-security-policy')).toBe(documentCsp([]));
  });
});

describe('request bodies', () => {
  it('refuses a declared length over the limit with 413, and an undeclared one with 411', () => {
    expect(judgeBody({ method: 'POST', headers: { 'content-length': String(3 * 1024 * 1024) } })).toMatchObject({ ok: false, status: 413 });
    expect(judgeBody({ method: 'POST', headers: { 'content-length': '1000' } })).toEqual({ ok: true });
    expect(judgeBody({ method: 'POST', headers: { 'transfer-encoding': 'chunked' } })).toMatchObject({ ok: false, status: 411 });
    expect(judgeBody({ method: 'GET', headers: {} })).toEqual({ ok: true });
  });
});

function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return import('node:http').then(
    ({ get }) =>
      new Promise((resolve, reject) => {
        get(url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      }),
  );
}
