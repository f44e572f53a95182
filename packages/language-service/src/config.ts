import { getCodeDefinition, normalizeLocale, type Locale, type Severity } from '@httplens/core';
import { readDefaultHeaders } from '@httplens/http-file';
import type { LanguageSettings } from './settings.js';

/**
 * `httplens.config.json`: one file and schema for the language server (workspace
 * defaults under the editor's settings) and the CLI.
 *
 * ```json
 * { "locale": "zh-CN", "severity": { "HTTP0509": "off" }, "ignore": ["fixtures/**"], "dialect": "rest-client" }
 * ```
 */
export interface HttplensConfig {
  locale?: Locale;
  /** Per-code severities; `off` silences a code. */
  severity?: Record<string, Severity | 'off'>;
  /** Glob patterns of files the CLI does not lint. */
  ignore?: string[];
  dialect?: 'auto' | 'rest-client' | 'jetbrains' | 'httpyac';
  format?: { canonicalFieldNames?: boolean; json?: boolean };
  /**
   * Headers `httplens send` adds to every request that does not set them itself (names compared case-insensitively),
   * over its own default (`User-Agent: httplens/<version>`). A value of `null` or `""` sends no such header.
   */
  defaultHeaders?: Record<string, string | null>;
}

export interface ConfigProblem {
  /** Where in the JSON: `severity.HTTP9999`. */
  path: string;
  message: string;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);
const DIALECTS = new Set(['auto', 'rest-client', 'jetbrains', 'httpyac']);

/** Reads a configuration; never throws: what cannot be used is reported and left out. */
export function parseConfig(input: string | unknown): { config: HttplensConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { config: {}, problems: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
    }
  }
  const config: HttplensConfig = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config, problems: [{ path: '', message: 'expected an object' }] };
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['locale', 'severity', 'ignore', 'dialect', 'format', 'defaultHeaders', '$schema'].includes(key)) problems.push({ path: key, message: 'unknown setting' });
  }
  if (obj.locale !== undefined) {
    if (typeof obj.locale === 'string' && /^(?:en|zh)(?:-|$)/i.test(obj.locale)) config.locale = normalizeLocale(obj.locale);
    else problems.push({ path: 'locale', message: 'expected "en" or "zh-CN"' });
  }
  if (obj.severity !== undefined) {
    if (typeof obj.severity === 'object' && obj.severity !== null && !Array.isArray(obj.severity)) {
      const severity: Record<string, Severity | 'off'> = {};
      for (const [code, value] of Object.entries(obj.severity as Record<string, unknown>)) {
        if (!getCodeDefinition(code)) problems.push({ path: `severity.${code}`, message: 'unknown diagnostic code' });
        else if (typeof value !== 'string' || !SEVERITIES.has(value)) problems.push({ path: `severity.${code}`, message: 'expected error, warning, info, hint or off' });
        else severity[code] = value as Severity | 'off';
      }
      config.severity = severity;
    } else problems.push({ path: 'severity', message: 'expected an object of code: severity' });
  }
  if (obj.ignore !== undefined) {
    if (Array.isArray(obj.ignore) && obj.ignore.every((g) => typeof g === 'string')) config.ignore = obj.ignore as string[];
    else problems.push({ path: 'ignore', message: 'expected an array of glob patterns' });
  }
  if (obj.dialect !== undefined) {
    if (typeof obj.dialect === 'string' && DIALECTS.has(obj.dialect)) config.dialect = obj.dialect as HttplensConfig['dialect'];
    else problems.push({ path: 'dialect', message: 'expected auto, rest-client, jetbrains or httpyac' });
  }
  if (obj.format !== undefined) {
    if (typeof obj.format === 'object' && obj.format !== null) {
      const f = obj.format as Record<string, unknown>;
      config.format = {};
      if (typeof f.canonicalFieldNames === 'boolean') config.format.canonicalFieldNames = f.canonicalFieldNames;
      if (typeof f.json === 'boolean') config.format.json = f.json;
    } else problems.push({ path: 'format', message: 'expected an object' });
  }
  if (obj.defaultHeaders !== undefined) {
    const read = readDefaultHeaders(obj.defaultHeaders);
    if (read) {
      for (const { name, reason } of read.invalid) {
        problems.push({ path: `defaultHeaders.${name}`, message: reason === 'name' ? 'not a field name' : 'expected a field value on one line, or null to send no such header' });
      }
      config.defaultHeaders = read.overrides;
    } else problems.push({ path: 'defaultHeaders', message: 'expected an object of field name: value' });
  }
  return { config, problems };
}

/** The language-service settings a configuration gives, with `overrides` (the editor's own settings) on top. */
export function settingsFromConfig(config: HttplensConfig, overrides: LanguageSettings = {}): LanguageSettings {
  const severity = { ...(config.severity ?? {}), ...(overrides.diagnostics?.severity ?? {}) };
  const settings: LanguageSettings = { ...overrides, diagnostics: { ...overrides.diagnostics, severity } };
  const dialect = overrides.dialect ?? config.dialect;
  if (dialect) settings.dialect = dialect;
  const format = { ...(config.format ?? {}), ...(overrides.format ?? {}) };
  if (Object.keys(format).length) settings.format = format;
  return settings;
}
