import type { Locale, Severity } from '@httplens/core';
import type { AuthConfiguration, Dialect, HttpFileHost } from '@httplens/http-file';

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
  /**
   * Reads a file that httpYac's `# @import ./other.http` names, relative to the document that names it (undefined when
   * it cannot be read): with it, the imported file's variables and named requests are known to diagnostics, hovers and
   * resolution, and a file that cannot be read is reported (HTTP1063). Without it, names that an imported file may
   * define are not reported as undefined.
   */
  readFile?: (documentUri: string, path: string) => string | undefined;
}

/**
 * The JetBrains HTTP Client's OAuth 2.0 configurations (`Security.Auth` in http-client.env.json and
 * http-client.private.env.json) of the workspace's environments: by environment name, then by configuration id.
 */
export type AuthConfigurationSet = Readonly<Record<string, Readonly<Record<string, AuthConfiguration>>>>;

/** The configurations a document's `$auth.token("id")` can name, and the environment that is selected. */
export interface AuthContext {
  set: AuthConfigurationSet;
  selected?: string;
}
