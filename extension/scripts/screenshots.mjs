// Copies the screenshots of the last end-to-end run (artifacts/code-server/, written by
// `npm run test:e2e -- code-server`) into images/, where README.md shows them.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = resolve(import.meta.dirname, '..');
const from = resolve(here, '../artifacts/code-server');
const to = join(here, 'images');
const wanted = ['1-colouring', '2-problems', '3-hover', '4-completion', '5-response'];
if (!existsSync(from)) {
  console.error(`${from} does not exist: run \`npm run test:e2e -- code-server\` first.`);
  process.exit(1);
}
const have = new Set(readdirSync(from));
const missing = wanted.filter((n) => !have.has(`${n}.png`));
if (missing.length) {
  console.error(`missing screenshots (did every step pass?): ${missing.join(', ')}`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const n of wanted) copyFileSync(join(from, `${n}.png`), join(to, `${n}.png`));
console.log(`copied ${wanted.length} screenshots to ${to}`);
