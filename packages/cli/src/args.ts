import { normalizeLocale, type Locale } from '@httplens/core';

/** A usage error: the command line's words are off (exit code 2). */
export class UsageError extends Error {}

export interface FlagSpec {
  /** Flags that take a value (`--format json`, `--format=json`). */
  values?: readonly string[];
  /** Flags that may be given several times, collected into an array. */
  repeatable?: readonly string[];
  /** Boolean flags. */
  booleans?: readonly string[];
  /** Short aliases: `-h` -> `--help`. */
  aliases?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  flags: Map<string, string | true | string[]>;
  positionals: string[];
}

/** Parses `--flag value`, `--flag=value`, booleans, `-x` aliases and `--` (rest are positionals). */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const flags = new Map<string, string | true | string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let word = argv[i] as string;
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (word === '-' || !word.startsWith('-')) {
      positionals.push(word);
      continue;
    }
    const alias = spec.aliases?.[word];
    if (alias) word = alias;
    const eq = word.indexOf('=');
    const name = eq >= 0 ? word.slice(2, eq) : word.slice(2);
    if (!word.startsWith('--') || name === '') throw new UsageError(`unknown option '${argv[i]}'`);
    if (spec.booleans?.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    if (spec.values?.includes(name) || spec.repeatable?.includes(name)) {
      let value: string | undefined;
      if (eq >= 0) value = word.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (spec.repeatable?.includes(name)) {
        const list = (flags.get(name) as string[] | undefined) ?? [];
        list.push(value);
        flags.set(name, list);
      } else flags.set(name, value);
      continue;
    }
    throw new UsageError(`unknown option '--${name}'`);
  }
  return { flags, positionals };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function boolFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}

export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = stringFlag(args, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${v}')`);
  return v as T;
}

/**
 * `--locale`: en or zh-CN (also zh, zh-Hans and en-*); anything else is a usage error rather than
 * a silent fallback to English. Undefined when the flag is absent.
 */
export function localeFlag(args: ParsedArgs): Locale | undefined {
  const v = stringFlag(args, 'locale');
  if (v === undefined) return undefined;
  const locale = normalizeLocale(v);
  if (locale === 'zh-CN' || /^en(?:-[a-z0-9]+)*$/i.test(v)) return locale;
  throw new UsageError(`--locale must be en or zh-CN (got '${v}')`);
}
