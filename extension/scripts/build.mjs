// Bundles the extension and the language server with esbuild (CommonJS, `vscode` external), copies the
// grammars and language configurations from ../syntaxes, writes the environment files' JSON schemas, and checks that package.json lists the same
// languages and grammars as syntaxes/contributes.json.
//   node scripts/build.mjs [--watch] [--no-minify]
import { build, context } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const here = resolve(import.meta.dirname, '..');
const syntaxes = resolve(here, '../syntaxes');
const watch = process.argv.includes('--watch');
const minify = !process.argv.includes('--no-minify');

// 1. grammars and language configurations
const target = join(here, 'syntaxes');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const name of ['http.tmLanguage.json', 'http-message.tmLanguage.json', 'http.language-configuration.json', 'http-message.language-configuration.json']) {
  copyFileSync(join(syntaxes, name), join(target, name));
}

// 2. package.json must carry syntaxes/contributes.json's entries
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const wanted = JSON.parse(readFileSync(join(syntaxes, 'contributes.json'), 'utf8')).contributes;
for (const key of ['languages', 'grammars']) {
  if (JSON.stringify(pkg.contributes[key]) !== JSON.stringify(wanted[key])) {
    console.error(`extension/package.json contributes.${key} differs from syntaxes/contributes.json: copy it over.`);
    process.exit(1);
  }
}

// 3. the JSON schema of http-client.env.json and http-client.private.env.json, in both languages
const { envFileSchema } = await import('../schemas/env-schema.mjs');
mkdirSync(join(here, 'dist'), { recursive: true });
writeFileSync(join(here, 'dist/http-client.env.schema.json'), `${JSON.stringify(envFileSchema('en'), null, 2)}\n`);
writeFileSync(join(here, 'dist/http-client.env.schema.zh-cn.json'), `${JSON.stringify(envFileSchema('zh-CN'), null, 2)}\n`);

// 4. bundles
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  external: ['vscode'],
  // source conditions: bundle the TypeScript sources of the workspace packages (no prior tsc build needed)
  conditions: ['@httplens/source', 'node', 'import', 'module', 'default'],
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  legalComments: 'linked',
};
const entries = [
  { entryPoints: [join(here, 'src/extension.ts')], outfile: join(here, 'dist/extension.cjs') },
  { entryPoints: [resolve(here, '../server/src/bin.ts')], outfile: join(here, 'dist/server.cjs') },
];
mkdirSync(dirname(entries[0].outfile), { recursive: true });
if (watch) {
  for (const e of entries) await (await context({ ...common, ...e })).watch();
  console.log('watching…');
} else {
  const started = performance.now();
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
  console.log(`bundled extension and server in ${Math.round(performance.now() - started)} ms`);
}
