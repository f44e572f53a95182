import { runTs } from './run-ts.mjs';

// --expose-gc: suites that report memory collect garbage before they measure it.
process.exitCode = await runTs('bench/run.ts', process.argv.slice(2), ['--expose-gc']);
