/**
 * httpYac's variables for the response of a named request. After `# @name get user` is sent, httpYac sets `getUser`
 * (the response's body, parsed when it is JSON) and `getUserResponse` (the response: `statusCode`, `headers`,
 * `body`, `parsedBody`): the name trimmed, its spaces made `-`, then each `-x` made `X`. After a request with a
 * `# @loop`, `<name>List` (the name as written) is the list of the responses of its passes.
 */

/** httpYac's variable name for a request's name: `get-user` and `get user` give `getUser`. */
export function httpyacVariableName(name: string): string {
  return name
    .trim()
    .replace(/\s/gu, '-')
    .replace(/-./gu, (s) => (s[1] as string).toUpperCase());
}

/** What a variable reads of a named request: its body, the whole response (`<name>Response`), or its loop's responses (`<name>List`). */
export interface NamedVariable {
  /** The request's name as written after `@name`. */
  name: string;
  part: 'body' | 'response' | 'list';
}

/**
 * The variables the named requests give, by variable name, for names that differ from the request's own (which reads
 * its body as it is written, and wins: it is looked up first). The first request of a variable name gives it.
 */
export function namedVariables(requests: Iterable<{ name: string; loop: boolean }>): Map<string, NamedVariable> {
  const out = new Map<string, NamedVariable>();
  for (const { name, loop } of requests) {
    const variable = httpyacVariableName(name);
    if (variable !== name && !out.has(variable)) out.set(variable, { name, part: 'body' });
    const response = `${variable}Response`;
    if (!out.has(response)) out.set(response, { name, part: 'response' });
    if (loop && !out.has(`${name}List`)) out.set(`${name}List`, { name, part: 'list' });
  }
  return out;
}

/** The variables of the named requests of a file and of the files it imports (`namedVariables`). */
export function responseVariablesOf(file: {
  requests: readonly { name?: string | undefined; metadata: readonly { key: string }[] }[];
  imports?: readonly { file?: { requests: readonly { name?: string | undefined; metadata: readonly { key: string }[] }[] } | undefined }[] | undefined;
}): Map<string, NamedVariable> {
  const named: { name: string; loop: boolean }[] = [];
  for (const requests of [file.requests, ...(file.imports ?? []).map((imp) => imp.file?.requests ?? [])]) {
    for (const r of requests) if (r.name !== undefined) named.push({ name: r.name, loop: hasLoop(r) });
  }
  return namedVariables(named);
}

/** Whether a request has httpYac's `# @loop`. */
export function hasLoop(request: { metadata: readonly { key: string }[] }): boolean {
  return request.metadata.some((m) => m.key === 'loop');
}
