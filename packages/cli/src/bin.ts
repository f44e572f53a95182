#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (`httplens lint ... | head`) closes the pipe: the rest of the output
// is dropped quietly, and the exit code is still the command's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
}

process.exitCode = await main(process.argv.slice(2));
