// Environment settings merged for the language server: `httplens.environments` and REST Client's
// `rest-client.environmentVariables` (same shape: name -> variables, `$shared` for all). Pure.

export type EnvironmentSettings = Record<string, Record<string, string>>;

/** An empty record without a prototype: a name such as `__proto__` is a key like any other, not the prototype's setter. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function isVariables(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps only string values (numbers and booleans turned to strings); drops anything else and reports it. */
function clean(input: unknown, origin: string, problems: string[]): EnvironmentSettings {
  const out: EnvironmentSettings = record();
  if (input === undefined || input === null) return out;
  if (!isVariables(input)) {
    problems.push(`${origin}: expected an object of environments`);
    return out;
  }
  for (const [env, vars] of Object.entries(input)) {
    if (!isVariables(vars)) {
      problems.push(`${origin}.${env}: expected an object of variables`);
      continue;
    }
    const target: Record<string, string> = record();
    for (const [k, v] of Object.entries(vars)) {
      if (typeof v === 'string') target[k] = v;
      else if (typeof v === 'number' || typeof v === 'boolean') target[k] = String(v);
      else problems.push(`${origin}.${env}.${k}: expected a string`);
    }
    out[env] = target;
  }
  return out;
}

/**
 * Merges REST Client's environments under ours: for an environment present in both, our variables win
 * variable by variable. `$shared` merges the same way.
 */
export function mergeEnvironmentSettings(httplens: unknown, restClient: unknown): { environments: EnvironmentSettings; problems: string[] } {
  const problems: string[] = [];
  const ours = clean(httplens, 'httplens.environments', problems);
  const theirs = clean(restClient, 'rest-client.environmentVariables', problems);
  const environments: EnvironmentSettings = record();
  for (const [name, vars] of Object.entries(theirs)) environments[name] = Object.assign(record<string>(), vars);
  for (const [name, vars] of Object.entries(ours)) environments[name] = Object.assign(environments[name] ?? record<string>(), vars);
  return { environments, problems };
}

/** Environment names for the picker: `$shared` is not selectable; sorted, case-insensitive. */
export function selectableEnvironments(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n !== '$shared' && n !== ''))].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}
