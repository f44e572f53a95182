// The Simplified Chinese hover texts of fields and doc pages of codes: core keeps them on a subpath, registered when
// imported (an editor speaks both languages).
import '@httplens/core/locales/zh-CN';
import { normalizeLocale, type Locale } from '@httplens/core';
import { selectEnvironment, type EnvironmentSet, type ResolveContext } from '@httplens/http-file';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { doCodeActions } from './codeActions.js';
import { format } from './format.js';
import { doRename, findDefinition, findDocumentLinks, findReferences, getCodeLenses, getInlayHints } from './navigation.js';
import { doComplete, resolveCompletionItem } from './completion.js';
import { offsetOf, type TextDocument } from './document.js';
import { getFoldingRanges } from './folding.js';
import { doHover } from './hover.js';
import { DocumentCache, type ParsedDocument } from './parse.js';
import type { AuthConfigurationSet, AuthContext, LanguageServiceOptions, LanguageSettings } from './settings.js';
import { findDocumentSymbols } from './symbols.js';
import { collectDiagnostics, toLspDiagnostic } from './validation.js';

export interface LanguageService {
  configure(settings: LanguageSettings): void;
  setLocale(locale: Locale | string): void;
  /** What `{{variables}}` resolve against: the selected environment, host access, stored responses. */
  setResolveContext(context: ResolveContext): void;
  /**
   * The environments of the workspace (http-client.env.json, .env, settings) and the selected one:
   * their variable names count as defined, and the selected one's values resolve in hovers.
   */
  setEnvironments(set: EnvironmentSet | undefined, selected?: string): void;
  /**
   * The JetBrains OAuth 2.0 configurations (`Security.Auth`) of the workspace's environments: `{{$auth.token("`
   * completes their ids, an id that no environment defines is reported (HTTP1060), and a hover on the reference shows
   * the selected environment's configuration. `undefined` (the default): the environment files are not known, and ids
   * are not checked.
   */
  setAuthConfigurations(set: AuthConfigurationSet | undefined): void;
  /** The parse of a document (cached per URI and version). */
  parse(document: TextDocument): ParsedDocument;
  doValidation(document: TextDocument): Diagnostic[];
  doHover(document: TextDocument, position: Position): Hover | null;
  doComplete(document: TextDocument, position: Position): CompletionList;
  doResolve(item: CompletionItem): CompletionItem;
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
  getFoldingRanges(document: TextDocument): FoldingRange[];
  /** Quick fixes for the diagnostics in the range (keyed by code) and refactorings. */
  doCodeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  /** Formatting edits (idempotent). */
  format(document: TextDocument): TextEdit[];
  getInlayHints(document: TextDocument, range: Range): InlayHint[];
  getCodeLenses(document: TextDocument): CodeLens[];
  findDocumentLinks(document: TextDocument): DocumentLink[];
  findDefinition(document: TextDocument, position: Position): Location[];
  findReferences(document: TextDocument, position: Position, includeDeclaration?: boolean): Location[];
  doRename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | null;
  /** Forgets a closed document. */
  forget(uri: string): void;
}

/**
 * The language service for `.http`/`.rest` files and raw HTTP messages: pure (no LSP
 * connection, no Node APIs), positions only at its edge. Servers wire it up.
 */
export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let settings: LanguageSettings = options.settings ?? {};
  let locale: Locale = normalizeLocale(options.locale);
  let context: ResolveContext = options.host ? { host: options.host } : {};
  const now = options.now ?? (() => Date.now());
  let knownVariables: string[] = [];
  let selectedEnvironment: string | undefined;
  let authSet: AuthConfigurationSet | undefined;
  let authIds: string[] | undefined;
  const cache = new DocumentCache(
    () => settings.dialect ?? 'auto',
    () => knownVariables,
    32,
    options.fileExists,
    () => authIds,
    options.readFile,
  );
  const auth = (): AuthContext | undefined => (authSet ? { set: authSet, ...(selectedEnvironment !== undefined ? { selected: selectedEnvironment } : {}) } : undefined);

  return {
    configure(next) {
      if (next.dialect !== settings.dialect) cache.invalidate();
      settings = next;
    },
    setLocale(next) {
      locale = normalizeLocale(next);
    },
    setResolveContext(next) {
      context = options.host && !next.host ? { ...next, host: options.host } : next;
    },
    setEnvironments(set, selected) {
      const names = new Set<string>();
      for (const env of Object.values(set?.environments ?? {})) for (const name of Object.keys(env)) names.add(name);
      knownVariables = [...names].sort();
      selectedEnvironment = set ? selected : undefined;
      if (set) context = { ...context, environment: selectEnvironment(set, selected) };
      else {
        const { environment: _dropped, ...rest } = context;
        context = rest;
      }
      cache.invalidate();
    },
    setAuthConfigurations(set) {
      authSet = set;
      if (set) {
        const ids = new Set<string>();
        for (const configurations of Object.values(set)) for (const id of Object.keys(configurations)) ids.add(id);
        authIds = [...ids].sort();
      } else authIds = undefined;
      cache.invalidate();
    },
    parse: (document) => cache.get(document),
    doValidation(document) {
      if (settings.diagnostics?.enable === false) return [];
      const parsed = cache.get(document);
      const severity = settings.diagnostics?.severity;
      return collectDiagnostics(parsed, { locale, now: now(), ...(severity ? { severity } : {}) }).map((d) => toLspDiagnostic(document, d, locale));
    },
    doHover(document, position) {
      return doHover(document, cache.get(document), offsetOf(document, position), { locale, now: now(), context, auth: auth() });
    },
    doComplete(document, position) {
      return doComplete(document, cache.get(document), offsetOf(document, position), { locale, context, knownVariables, auth: auth(), readFile: options.readFile });
    },
    doResolve: resolveCompletionItem,
    findDocumentSymbols: (document) => findDocumentSymbols(document, cache.get(document)),
    getFoldingRanges: (document) => getFoldingRanges(document, cache.get(document)),
    doCodeActions: (document, range, diagnostics) => doCodeActions(document, cache.get(document), range, diagnostics, { locale, now: now() }),
    format: (document) => format(document, cache.get(document), settings.format),
    getInlayHints: (document, range) => getInlayHints(document, cache.get(document), range, locale, now()),
    getCodeLenses: (document) => getCodeLenses(document, cache.get(document), locale),
    findDocumentLinks: (document) => findDocumentLinks(document, cache.get(document)),
    findDefinition: (document, position) => findDefinition(document, cache.get(document), position),
    findReferences: (document, position, includeDeclaration) => findReferences(document, cache.get(document), position, includeDeclaration),
    doRename: (document, position, newName) => doRename(document, cache.get(document), position, newName),
    forget: (uri) => cache.delete(uri),
  };
}
