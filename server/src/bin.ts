#!/usr/bin/env node
// httplens-language-server --stdio | --node-ipc | --socket=PORT
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write('0.1.0\n');
} else {
  startServer(createConnection(ProposedFeatures.all));
}
