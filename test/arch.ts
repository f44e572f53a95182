import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** What each layer may import (DESIGN.md: an arrow points at what a layer may import). */
export const LAYERS: Record<string, { allowed: string[]; pure: boolean; forbiddenBuiltins?: string[] }> = {
  '@httplens/core': { allowed: [], pure: true },
  '@httplens/http-file': { allowed: ['@httplens/core'], pure: true },
  '@httplens/language-service': {
    allowed: ['@httplens/core', '@httplens/http-file', 'vscode-languageserver-types'],
    pure: true,
  },
  '@httplens/transport': {
    allowed: ['@httplens/core'],
    pure: false,
    // Our own HTTP/1.1 over net/tls: no HTTP client library, no http/https modules.
    forbiddenBuiltins: ['http', 'https', 'http2'],
  },
  '@httplens/cli': {
    allowed: ['@httplens/core', '@httplens/http-file', '@httplens/language-service', '@httplens/transport'],
    pure: false,
  },
  '@httplens/server': {
    allowed: [
      '@httplens/core',
      '@httplens/http-file',
      '@httplens/language-service',
      'vscode-languageserver',
      'vscode-languageserver-textdocument',
      'vscode-languageserver-types',
    ],
    pure: false,
  },
  httplens: {
    allowed: ['@httplens/core', '@httplens/http-file', '@httplens/transport', 'vscode', 'vscode-languageclient'],
    pure: false,
  },
};

const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate']);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export interface Violation {
  file: string;
  line: number;
  rule: 'layer' | 'builtin' | 'global' | 'unresolvable';
  detail: string;
}

function packageOf(specifier: string): string {
  if (specifier.startsWith('@')) return specifier.split('/').slice(0, 2).join('/');
  return specifier.split('/')[0] ?? specifier;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:[cm]?ts|tsx|[cm]?js)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Checks every source file of a package against the arrows of its layer. */
export function checkPackage(srcDir: string, layer: string, root: string): Violation[] {
  const rules = LAYERS[layer];
  if (!rules) throw new Error(`unknown layer ${layer}`);
  const violations: Violation[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const report = (node: ts.Node, rule: Violation['rule'], detail: string) => {
      violations.push({
        file: relative(root, file),
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        rule,
        detail,
      });
    };
    const checkSpecifier = (node: ts.Node, specifier: string) => {
      if (specifier.startsWith('.')) return;
      if (BUILTINS.has(specifier)) {
        const bare = specifier.replace(/^node:/, '');
        if (rules.pure) report(node, 'builtin', `Node built-in '${specifier}' in a package that runs anywhere`);
        else if (rules.forbiddenBuiltins?.includes(bare)) report(node, 'builtin', `'${specifier}' is not allowed in ${layer}`);
        return;
      }
      const pkg = packageOf(specifier);
      if (pkg === layer) return;
      if (!rules.allowed.includes(pkg)) report(node, 'layer', `${layer} may not import '${specifier}'`);
    };
    const visit = (node: ts.Node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        checkSpecifier(node, node.moduleSpecifier.text);
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
        const expr = node.moduleReference.expression;
        if (ts.isStringLiteral(expr)) checkSpecifier(node, expr.text);
      } else if (ts.isCallExpression(node)) {
        const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
        const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
        if (isImport || isRequire) {
          const arg = node.arguments[0];
          if (arg && ts.isStringLiteralLike(arg)) checkSpecifier(node, arg.text);
          else report(node, 'unresolvable', `${isImport ? 'import()' : 'require()'} with a computed specifier`);
        }
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        checkSpecifier(node, node.argument.literal.text);
      }
      if (rules.pure && ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isGlobalReference(node)) {
        report(node, 'global', `Node global '${node.text}' in a package that runs anywhere`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return violations;
}

/** True for an identifier that reads a global (not a property name, declaration or member access). */
function isGlobalReference(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === id) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === id) return false;
  if (ts.isQualifiedName(parent) && parent.right === id) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  if (ts.isShorthandPropertyAssignment(parent)) return true;
  return true;
}
