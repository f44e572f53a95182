import { runTs } from './run-ts.mjs';

process.exitCode = await runTs('bench/run.ts', process.argv.slice(2));
