// Loads the httplens grammars (and the test stand-ins for the grammars they embed) with
// vscode-textmate and vscode-oniguruma, the engine VS Code itself uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Oniguruma from 'vscode-oniguruma';
import type * as Textmate from 'vscode-textmate';
import type { IGrammar, IRawGrammar, StateStack } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate') as typeof Textmate;
const oniguruma = require('vscode-oniguruma') as typeof Oniguruma;

export const SYNTAXES = join(import.meta.dirname, '..');

/** scope name -> grammar file; the last four are test stand-ins for VS Code's own grammars */
export const GRAMMAR_FILES: Record<string, string> = {
  'source.httplens': join(SYNTAXES, 'http.tmLanguage.json'),
  'source.httplens-message': join(SYNTAXES, 'http-message.tmLanguage.json'),
  'source.json': join(SYNTAXES, 'test/embedded/json.tmLanguage.json'),
  'source.js': join(SYNTAXES, 'test/embedded/js.tmLanguage.json'),
  'text.xml': join(SYNTAXES, 'test/embedded/xml.tmLanguage.json'),
  'text.html.basic': join(SYNTAXES, 'test/embedded/html.tmLanguage.json'),
};

let registry: Textmate.Registry | undefined;

function getRegistry(): Textmate.Registry {
  if (registry) return registry;
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName: string): Promise<IRawGrammar | null> => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
  return registry;
}

export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const grammar = await getRegistry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} not found`);
  return grammar;
}

export interface LineTokens {
  line: string;
  tokens: { start: number; end: number; scopes: string[] }[];
}

/** Tokenises a whole document line by line, carrying the rule stack across lines. */
export function tokenize(grammar: IGrammar, text: string): LineTokens[] {
  let stack: StateStack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return {
      line,
      tokens: result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes })),
    };
  });
}

/** Tokenises one line from the initial state, or from the state left by `prefix` lines. */
export function tokenizeAfter(grammar: IGrammar, prefix: string[], line: string): number {
  let stack: StateStack = vsctm.INITIAL;
  for (const p of prefix) stack = grammar.tokenizeLine(p, stack).ruleStack;
  return grammar.tokenizeLine(line, stack).tokens.length;
}
