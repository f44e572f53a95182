import { createDiagnostic } from '@httplens/core';
import type { Diagnostic, Locale } from '@httplens/core';
import { byteOrderMarkAsSpace } from './syntax.js';

/** Where a variable of an environment was defined. */
export type EnvironmentSource = 'http-client.env.json' | 'http-client.private.env.json' | 'rest-client settings' | '.env' | string;

export interface EnvironmentValue {
  value: string;
  source: EnvironmentSource;
  /** `$shared` (REST Client) when the value comes from the shared block. */
  shared?: boolean;
  /**
   * The file held a JSON object or array (`"config": { "host": "..." }`): `value` is its JSON text, and httpYac, which
   * evaluates `{{config.host}}` as JavaScript, reads its members.
   */
  json?: boolean;
}

/** One selected environment: its variables, each with where it was defined. */
export interface Environment {
  name?: string;
  variables: Record<string, EnvironmentValue>;
}

/** Every environment read from one or more files: name -> variable -> value. `$shared` holds REST Client's shared block. */
export interface EnvironmentSet {
  environments: Record<string, Record<string, EnvironmentValue>>;
  diagnostics: Diagnostic[];
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An empty record without a prototype: a name such as `__proto__`, `constructor` or `toString` (of an environment or a
 * variable) is then a key like any other, neither a member of Object nor a setter of the prototype.
 */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `record[key]` when the record has it as its own property (a name such as `constructor` is not a member of Object). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * An environment file's object (JSON text or the parsed object), or undefined when the text is not JSON, for the readers
 * of the objects that are not variables (SSLConfiguration, Security): `parseEnvironmentFile` reports a text that is not.
 */
export function environmentFileData(input: string | Record<string, unknown>): unknown {
  if (typeof input !== 'string') return input;
  try {
    return input.trim() === '' ? {} : JSON.parse(byteOrderMarkAsSpace(input));
  } catch {
    return undefined;
  }
}

/** The objects of a JetBrains environment that are its settings, not variables (`sslConfigurationOf` and `authConfigurationsOf` read them). */
const SETTINGS = new Set(['SSLConfiguration', 'Security']);

/**
 * Reads an environment file: JetBrains `http-client.env.json` / `http-client.private.env.json`, or the object of
 * REST Client's `rest-client.environmentVariables` setting (JSON text or an already parsed object).
 * The JetBrains settings objects of an environment (`SSLConfiguration`, `Security`) are not variables and are skipped;
 * another object or array is a variable whose value is its JSON text (`json`), a `null` none.
 */
export function parseEnvironmentFile(input: string | Record<string, unknown>, source: EnvironmentSource, options: { locale?: Locale } = {}): EnvironmentSet {
  const diagnostics: Diagnostic[] = [];
  const environments: EnvironmentSet['environments'] = record();
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = input.trim() === '' ? {} : JSON.parse(byteOrderMarkAsSpace(input));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const at = /position (\d+)/.exec(detail);
      const offset = at?.[1] ? Math.min(Number(at[1]), input.length) : 0;
      diagnostics.push(createDiagnostic('HTTP1035', { offset, length: 0 }, { detail }, options.locale ? { locale: options.locale } : {}));
      return { environments, diagnostics };
    }
  }
  if (!isObject(data)) {
    diagnostics.push(createDiagnostic('HTTP1035', { offset: 0, length: typeof input === 'string' ? input.length : 0 }, { detail: 'the top level is not an object' }, options.locale ? { locale: options.locale } : {}));
    return { environments, diagnostics };
  }
  for (const [envName, vars] of Object.entries(data)) {
    if (!isObject(vars)) continue;
    const out: Record<string, EnvironmentValue> = record();
    for (const [k, v] of Object.entries(vars)) {
      const s = scalar(v);
      const structured = s === undefined && typeof v === 'object' && v !== null && !SETTINGS.has(k);
      if (s === undefined && !structured) continue;
      const entry: EnvironmentValue = { value: s ?? JSON.stringify(v), source };
      if (structured) entry.json = true;
      if (envName === '$shared') entry.shared = true;
      out[k] = entry;
    }
    environments[envName] = out;
  }
  return { environments, diagnostics };
}

/** Merges environment sets; later sets win per variable (so pass the private file after the public one). */
export function mergeEnvironments(...sets: EnvironmentSet[]): EnvironmentSet {
  const environments: EnvironmentSet['environments'] = record();
  const diagnostics: Diagnostic[] = [];
  for (const set of sets) {
    diagnostics.push(...set.diagnostics);
    for (const [name, vars] of Object.entries(set.environments)) environments[name] = Object.assign(environments[name] ?? record<EnvironmentValue>(), vars);
  }
  return { environments, diagnostics };
}

/**
 * Selects one environment: REST Client's `$shared` variables first, the named environment's on top
 * (JetBrains' files have no `$shared`; an environment that exists nowhere gives HTTP1039).
 */
export function selectEnvironment(set: EnvironmentSet, name: string | undefined, options: { locale?: Locale } = {}): Environment & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const variables: Record<string, EnvironmentValue> = Object.assign(record<EnvironmentValue>(), own(set.environments, '$shared'));
  const env: Environment & { diagnostics: Diagnostic[] } = { variables, diagnostics };
  if (name !== undefined) {
    env.name = name;
    const chosen = own(set.environments, name);
    if (!chosen) diagnostics.push(createDiagnostic('HTTP1039', { offset: 0, length: 0 }, { name }, options.locale ? { locale: options.locale } : {}));
    else Object.assign(variables, chosen);
  }
  return env;
}

/** Names of the environments in a set, without REST Client's `$shared`. */
export function environmentNames(set: EnvironmentSet): string[] {
  return Object.keys(set.environments).filter((n) => n !== '$shared');
}

/**
 * Parses a `.env` file: `NAME=value` lines, `#` comments, optional `export `, single or double quotes
 * (double quotes understand `\n`, `\t`, `\"`, `\\`), inline ` #` comments after unquoted values.
 */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = record();
  for (const raw of text.split(/\r?\n|\r/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('export ')) line = line.slice(7).trim();
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    if (!/^[\w.-]+$/.test(key)) continue;
    let value = line.slice(eq + 1).trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.length >= 2 && value.lastIndexOf(q) > 0) {
      value = value.slice(1, value.lastIndexOf(q));
      if (q === '"') value = value.replace(/\\([nrt"\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c));
    } else {
      const hash = value.indexOf(' #');
      if (hash >= 0) value = value.slice(0, hash).trim();
    }
    out[key] = value;
  }
  return out;
}

/** A certificate or key file of a JetBrains `SSLConfiguration`: its path as written (relative to the file) and format. */
export interface SslFile {
  path: string;
  /** `DER` when the object form gives it; a string path, or no format, is `PEM`. */
  format: 'PEM' | 'DER';
}

/**
 * The `SSLConfiguration` object of a JetBrains environment (http-client.private.env.json):
 * `clientCertificate` and `clientCertificateKey` (a path, or `{ "path", "format": "PEM" | "DER" }`),
 * `hasCertificatePassphrase` and `verifyHostCertificate` (default true).
 */
export interface SslConfiguration {
  clientCertificate?: SslFile;
  clientCertificateKey?: SslFile;
  hasCertificatePassphrase?: boolean;
  verifyHostCertificate?: boolean;
  /** The keys whose value cannot be used (wrong type, unknown format), and keys JetBrains does not define. */
  ignored: string[];
}

function sslFile(value: unknown): SslFile | undefined {
  if (typeof value === 'string' && value.trim() !== '') return { path: value.trim(), format: 'PEM' };
  if (!isObject(value) || typeof value.path !== 'string' || value.path.trim() === '') return undefined;
  const format = value.format === undefined ? 'PEM' : typeof value.format === 'string' ? value.format.toUpperCase() : undefined;
  return format === 'PEM' || format === 'DER' ? { path: value.path.trim(), format } : undefined;
}

/**
 * The `SSLConfiguration` of one environment of a JetBrains environment file (JSON text or the parsed object), which
 * `parseEnvironmentFile` leaves out of the variables; undefined when the environment has none (or the text is not
 * JSON: `parseEnvironmentFile` reports that). Pure: the paths are returned as written, relative to the file.
 */
export function sslConfigurationOf(input: string | Record<string, unknown>, environment: string): SslConfiguration | undefined {
  const data = environmentFileData(input);
  if (!isObject(data)) return undefined;
  const env = own(data, environment);
  const ssl = isObject(env) ? env.SSLConfiguration : undefined;
  if (!isObject(ssl)) return undefined;
  const out: SslConfiguration = { ignored: [] };
  for (const [key, value] of Object.entries(ssl)) {
    if (key === 'clientCertificate' || key === 'clientCertificateKey') {
      const file = sslFile(value);
      if (file) out[key] = file;
      else out.ignored.push(key);
    } else if (key === 'hasCertificatePassphrase' || key === 'verifyHostCertificate') {
      if (typeof value === 'boolean') out[key] = value;
      else out.ignored.push(key);
    } else out.ignored.push(key);
  }
  return out;
}

/**
 * The `SSLConfiguration` of `environment` in several environment files (path and text), merged key by key in the
 * order given (a later file wins: the private file over http-client.env.json, a nearer folder over a farther one);
 * undefined when none of them has one. `resolve(file, path)` turns a certificate or key path, relative to the file
 * that names it, into one the caller can open; `ignored` names each key that cannot be used as
 * `file: SSLConfiguration.key`.
 */
export function mergeSslConfigurations(
  files: readonly { path: string; text: string }[],
  environment: string,
  resolve: (file: string, path: string) => string,
): SslConfiguration | undefined {
  let out: SslConfiguration | undefined;
  for (const file of files) {
    const ssl = sslConfigurationOf(file.text, environment);
    if (!ssl) continue;
    out ??= { ignored: [] };
    const { ignored, ...keys } = ssl;
    for (const k of ['clientCertificate', 'clientCertificateKey'] as const) {
      const f = keys[k];
      if (f) out[k] = { path: resolve(file.path, f.path), format: f.format };
    }
    if (keys.hasCertificatePassphrase !== undefined) out.hasCertificatePassphrase = keys.hasCertificatePassphrase;
    if (keys.verifyHostCertificate !== undefined) out.verifyHostCertificate = keys.verifyHostCertificate;
    for (const key of ignored) out.ignored.push(`${file.path}: SSLConfiguration.${key}`);
  }
  return out;
}
