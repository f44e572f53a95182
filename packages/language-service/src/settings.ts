import type { Locale, Severity } from '@httplens/core';
import type { Dialect, HttpFileHost } from '@httplens/http-file';

/** Settings under `httplens.*`, as the language server reads them. */
export interface LanguageSettings {
  diagnostics?: {
    /** Per-code severities, e.g. `{ "HTTP3101": "off" }`. */
    severity?: Readonly<Record<string, Severity | 'off'>>;
    enable?: boolean;
  };
  /** The `.http` dialect; `auto` by default. */
  dialect?: Dialect | 'auto';
  format?: {
    /** Rewrite field names to their registered casing (`content-type` -> `Content-Type`). */
    canonicalFieldNames?: boolean;
    /** Pretty-print JSON bodies. */
    json?: boolean;
  };
}

export interface LanguageServiceOptions {
  locale?: Locale | string;
  settings?: LanguageSettings;
  /** File and environment access for variables, includes and `.env` (never needed for parsing). */
  host?: HttpFileHost;
  /** The clock, for relative dates in hovers (ms since the epoch). */
  now?: () => number;
}
