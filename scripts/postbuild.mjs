// After `tsc -b`: make the command-line entry points executable (npm links them into
// node_modules/.bin at install time, before they are built).
import { chmodSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
for (const bin of ['packages/cli/dist/bin.js', 'server/dist/bin.js']) {
  const path = resolve(root, bin);
  if (existsSync(path)) chmodSync(path, 0o755);
}
