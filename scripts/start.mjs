// `npm start`: builds what the command line needs when it is out of date (tsc -b is
// incremental: the CLI and the packages it references, not the editor parts or the
// tests), then runs `httplens demo`: the embedded demo server and examples/*.http.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
if (run(process.execPath, [tsc, '-b', 'packages/cli']) !== 0) {
  process.stderr.write('npm start: the build failed (see above)\n');
  process.exit(1);
}
run(process.execPath, [resolve(root, 'scripts/postbuild.mjs')]);
process.exit(run(process.execPath, [resolve(root, 'packages/cli/dist/bin.js'), 'demo', ...process.argv.slice(2)]));
