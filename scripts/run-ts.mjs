// Runs a TypeScript entry point of this repository on Node 20: esbuild bundles it
// (workspace packages from their sources, npm packages left external) into .cache/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export async function bundle(entry, outName = basename(entry).replace(/\.ts$/, '.mjs')) {
  const root = resolve(import.meta.dirname, '..');
  const outdir = join(root, '.cache', 'run');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, outName);
  await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    conditions: ['@httplens/source'],
    // npm packages stay external; our workspaces are bundled from source.
    plugins: [{
      name: 'externals',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@httplens/') ? undefined : { path: args.path, external: true }));
      },
    }],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

export async function runTs(entry, args = [], nodeArgs = []) {
  const outfile = await bundle(entry);
  const root = resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [...nodeArgs, outfile, ...args], { stdio: 'inherit', env: { ...process.env, HTTPLENS_REPO_ROOT: root } });
  return r.status ?? 1;
}
