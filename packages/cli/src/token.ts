import { resolve } from 'node:path';
import { selectEnvironment, tokenRequestFor } from '@httplens/http-file';
import { boolFlag, parseArgs, stringFlag, UsageError } from './args.js';
import { fetchToken, loadAuthConfigurations, terminalPerson } from './exchange.js';
import type { Io } from './io.js';
import { environmentAndClient, environmentFilesFlag } from './send.js';

export const TOKEN_HELP = `Usage: httplens token <id> --env <environment> [options]

Gets the OAuth 2.0 token of the Security.Auth configuration <id> of an environment in
http-client.env.json and http-client.private.env.json (the JetBrains HTTP Client's files,
as {{$auth.token("id")}} uses them) and prints it, for other programs:

  curl -H "Authorization: Bearer $(httplens token api --env dev)" https://api.example/me

Authorization Code signs in through the browser and Device Authorization shows a code to
enter, on a terminal only; Client Credentials and Password need no one.

Options:
  --env <name>    the environment (required)
  --dir <folder>  where the environment files are (default: the working folder)
  --env-file <file>, --private-env-file <file>
                  the environment files themselves, as httplens send takes them
  --id-token      print the ID token instead of the access token
  --json          print the token endpoint's answer as JSON (access_token, id_token,
                  expires_in, token_type, refresh_token)
  --insecure      do not verify the token endpoint's certificate
  -h, --help      show this help
`;

export async function tokenCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: ['env', 'dir', 'env-file', 'private-env-file'], booleans: ['id-token', 'json', 'insecure', 'help'], aliases: { '-h': '--help' } });
  if (boolFlag(args, 'help')) {
    io.stdout(TOKEN_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('token needs exactly one configuration id');
  const id = args.positionals[0] as string;
  const env = stringFlag(args, 'env');
  if (env === undefined) throw new UsageError('token needs --env: the Security.Auth configurations are those of an environment');
  // the environment files are read as for a .http file in that folder
  const path = resolve(io.cwd, stringFlag(args, 'dir') ?? '.', 'token.http');
  const files = environmentFilesFlag(args, io.cwd);
  const { environments, client } = await environmentAndClient(path, env, boolFlag(args, 'insecure'), io, files);
  const variables = environments ? selectEnvironment(environments, env).variables : {};
  const request = tokenRequestFor(loadAuthConfigurations(path, env, files), id, env, (name) => variables[name]?.value);
  try {
    const answer = await fetchToken(request, client, undefined, io.readLine ? terminalPerson(io.stderr, io.openUrl) : undefined);
    if ('problem' in answer) {
      io.stderr(`httplens token: ${answer.problem}\n`);
      return 1;
    }
    if (boolFlag(args, 'json')) {
      const json = {
        access_token: answer.accessToken,
        ...(answer.idToken !== undefined ? { id_token: answer.idToken } : {}),
        ...(answer.expiresIn !== undefined ? { expires_in: answer.expiresIn } : {}),
        ...(answer.tokenType !== undefined ? { token_type: answer.tokenType } : {}),
        ...(answer.refreshToken !== undefined ? { refresh_token: answer.refreshToken } : {}),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    if (boolFlag(args, 'id-token') && answer.idToken === undefined) {
      io.stderr('httplens token: the token endpoint answered without an id_token\n');
      return 1;
    }
    io.stdout(`${boolFlag(args, 'id-token') ? answer.idToken : answer.accessToken}\n`);
    return 0;
  } finally {
    client.close();
  }
}
