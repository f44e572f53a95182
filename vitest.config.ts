import { defineConfig } from 'vitest/config';

// Sources are imported through the "@httplens/source" export condition, so a
// fresh clone tests without a build.
const conditions = ['@httplens/source', 'node', 'import', 'module', 'default'];

const project = (name: string, root: string, extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, root, include: ['test/**/*.test.ts'], ...extra },
});

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      project('core', 'packages/core'),
      project('http-file', 'packages/http-file'),
      project('language-service', 'packages/language-service'),
      project('transport', 'packages/transport'),
      project('cli', 'packages/cli'),
      project('server', 'server'),
      project('extension', 'extension'),
      project('syntaxes', 'syntaxes'),
      project('repo', '.', { include: ['test/**/*.test.ts'] }),
    ],
  },
});
