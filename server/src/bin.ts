#!/usr/bin/env node
process.stderr.write('httplens-language-server: not available yet\n');
process.exitCode = 1;
