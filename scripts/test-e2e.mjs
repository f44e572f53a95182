// `npm run test:e2e`: the end-to-end suites that need Debian programs (Neovim,
// nginx, Chromium, code-server). Each suite is a folder under e2e/ with its own
// package.json (and lockfile) outside the workspaces, and a `test` script.
// Outside CI a suite may skip when its program is missing; with CI=true it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const e2e = join(root, 'e2e');
const only = process.argv.slice(2);
const suites = readdirSync(e2e, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(e2e, d.name, 'package.json')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let passed = 0;
let failed = 0;
for (const name of suites) {
  const dir = join(e2e, name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  process.stdout.write(`\n▶ e2e/${name}\n`);
  if (existsSync(join(dir, 'package-lock.json')) && !existsSync(join(dir, 'node_modules'))) {
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) {
      failed++;
      process.stdout.write(`✗ e2e/${name}: npm ci failed\n`);
      continue;
    }
  }
  const r = spawnSync('npm', ['test'], { cwd: dir, stdio: 'inherit', env: process.env });
  if (r.status === 0) passed++;
  else {
    failed++;
    process.stdout.write(`✗ e2e/${name} failed (exit ${r.status})\n`);
  }
}
if (suites.length === 0) process.stdout.write('No end-to-end suites yet.\n');
process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
