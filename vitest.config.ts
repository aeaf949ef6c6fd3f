import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  // server-only guards the client bundle; in tests the modules run on the server anyway.
  'server-only': fileURLToPath(new URL('./tests/helpers/server-only.ts', import.meta.url)),
};

/**
 * Two projects: unit tests (no database) and integration tests against a real database, the
 * embedded PGlite by default or PostgreSQL when TEST_DATABASE_URL is set and TEST_TARGET=postgres
 * (scripts/test.ts runs the integration suite once per database).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // The replica test makes its own primary and replica and ignores TEST_DATABASE_URL: it
          // runs in the embedded pass; the PostgreSQL pass would run the very same test again.
          // The crash test is about the embedded database only, in a data folder of its own.
          exclude: process.env.TEST_TARGET === 'postgres' ? ['tests/integration/read-replicas.test.ts', 'tests/integration/crash-recovery.test.ts'] : [],
          environment: 'node',
          globalSetup: ['tests/setup/database.ts'],
          // next-intl imports `next/navigation` without an extension, which Node's ESM resolver
          // refuses; inlined, Vite resolves it (server actions redirect through next-intl).
          server: { deps: { inline: ['next-intl'] } },
          // The embedded database serves one connection: files take turns.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
