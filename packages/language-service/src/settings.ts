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
  /**
   * Whether a file a document includes (`< ./file`) exists, relative to that document: with it, an include that
   * cannot be read is reported as the document is edited (HTTP1008). It is asked, never the file read.
   */
  fileExists?: (documentUri: string, path: string) => boolean;
}
