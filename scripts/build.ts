import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, info } from './cli';

const INPUTS = ['app', 'components', 'lib', 'messages', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package-lock.json', 'global.d.ts'];
const STAMP = '.next/source-fingerprint';

/** Builds the production bundle when there is none or when the sources changed since the last one. */
export async function ensureBuild(env: NodeJS.ProcessEnv) {
  const fingerprint = sourceFingerprint();
  if (existsSync('.next/BUILD_ID') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint) return;
  info('Building the site (first start, or the sources changed)…');
  const result = spawnSync(process.execPath, [resolve('node_modules/next/dist/bin/next'), 'build'], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (result.status !== 0) fail('the build failed (see the messages above).', 'fix the reported error, then run npm start again.');
  writeFileSync(STAMP, fingerprint);
}

function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) walk(input, hash);
  return hash.digest('hex');
}

function walk(path: string, hash: ReturnType<typeof createHash>) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) walk(join(path, entry), hash);
  } else {
    hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
}
