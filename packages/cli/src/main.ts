import { CODES } from '@httplens/core';

export const VERSION = '0.1.0';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

const HELP = `httplens ${VERSION}

Usage: httplens <command> [options]

Commands:
  demo          run the demonstration (what npm start runs)

Options:
  -h, --help     show this help
  -v, --version  print the version
`;

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
  if (command === 'demo') {
    if (rest.length > 0) {
      io.stderr(`httplens demo: unexpected argument '${rest[0]}'\n`);
      return 2;
    }
    io.stdout(`httplens ${VERSION}\n  diagnostic codes: ${CODES.length}\n`);
    return 0;
  }
  io.stderr(`httplens: unknown command '${command}' (see 'httplens --help')\n`);
  return 2;
}
