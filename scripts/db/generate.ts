// npm run generate (and postinstall): `prisma generate` without a native schema engine.
// `prisma generate` needs no engine, but the CLI tries to download one unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file; any file will do (here: node itself).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let cli: string;
try {
  cli = require.resolve('prisma/build/index.js');
} catch {
  // An install without devDependencies: fine if the client was generated before.
  if (existsSync('lib/generated/prisma/client.ts')) process.exit(0);
  process.stderr.write('Error: the prisma CLI is not installed, so the Prisma client cannot be generated.\n  Fix: run npm install (with devDependencies).\n');
  process.exit(1);
}

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
