import { UsageError } from './args.js';
import { checkCommand, CHECK_HELP } from './check.js';
import { demoCommand, DEMO_HELP } from './demo/index.js';
import { explainCommand, EXPLAIN_HELP } from './explain.js';
import { nodeIo, type Io } from './io.js';
import { lintCommand, LINT_HELP } from './lint.js';
import { sendCommand, SEND_HELP } from './send.js';
import { tokenCommand, TOKEN_HELP } from './token.js';
import { VERSION } from './version.js';

export { VERSION };
export type { Io };

const HELP = `httplens ${VERSION}: HTTP header fields and caching, checked and explained

Usage: httplens <command> [options]

Commands:
  lint <files|globs|->   lint .http/.rest files and raw HTTP messages
  send <files|globs>     send requests and analyse the responses
  check <url>            check a server's caching, validation, ranges and negotiation
  explain 'Field: v'...  explain header fields
  token <id> --env <e>   get the OAuth 2.0 token of an environment's Security.Auth configuration
  demo                   run the demonstration (what npm start runs)

Run 'httplens <command> --help' for a command's options.

Options:
  -h, --help     show this help
  -v, --version  print the version
`;

type Command = { run: (argv: readonly string[], io: Io) => Promise<number>; help: string };

const COMMANDS: Record<string, Command> = {
  lint: { run: lintCommand, help: LINT_HELP },
  send: { run: sendCommand, help: SEND_HELP },
  explain: { run: explainCommand, help: EXPLAIN_HELP },
  check: { run: checkCommand, help: CHECK_HELP },
  token: { run: tokenCommand, help: TOKEN_HELP },
  demo: { run: demoCommand, help: DEMO_HELP },
};

/** Runs the command line; returns the exit code (0 ok, 1 findings, 2 usage error). */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // own properties only: `httplens constructor` is an unknown command
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.stderr(`httplens: unknown command '${command}' (see 'httplens --help')\n`);
    return 2;
  }
  try {
    return await entry.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`httplens ${command}: ${e.message}\n\n${entry.help}`);
      return 2;
    }
    const err = e as Error & { code?: string };
    // Node's file-system errors already start with their code ('EISDIR: illegal operation...')
    const prefix = err.code && !err.message.startsWith(`${err.code}:`) ? `${err.code}: ` : '';
    io.stderr(`httplens ${command}: ${prefix}${err.message}\n`);
    return 1;
  }
}
