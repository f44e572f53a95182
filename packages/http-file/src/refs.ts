/**
 * httpYac's `# @ref name` and `# @forceRef name`: the named requests a request needs sent before it. `@ref` sends
 * the named request when it has no response yet, `@forceRef` every time; the named request's own references go
 * first. Pure: the caller says which names have a response, and sends.
 */
import type { Span } from '@httplens/core';
import { importedRequest, type ImportedRequest } from './imports.js';
import type { DirectiveNode, HttpFile, MetadataEntry } from './types.js';

/** One name of a `# @ref` or `# @forceRef` line, where it is written. */
export interface RequestRef {
  name: string;
  force: boolean;
  span: Span;
}

/** The names of the request's `# @ref` and `# @forceRef` lines (several on one line, apart by spaces or commas). */
export function requestRefs(metadata: readonly MetadataEntry[]): RequestRef[] {
  const out: RequestRef[] = [];
  for (const m of metadata) {
    const key = m.key.toLowerCase();
    if ((key !== 'ref' && key !== 'forceref') || !m.value || !m.valueSpan) continue;
    const re = /[^\s,]+/g;
    for (let found = re.exec(m.value); found; found = re.exec(m.value)) {
      out.push({ name: found[0], force: key === 'forceref', span: { offset: m.valueSpan.offset + found.index, length: found[0].length } });
    }
  }
  return out;
}

/**
 * The requests to send before request `index`, in order: for each of its references, the referenced request's own
 * first, then it; a `@ref` whose request has a response (`hasResponse`) or is already in the list is left out, a
 * `@forceRef` one is sent again (once). A reference back to a request on the way is not followed. Only files read as
 * httpYac reads them have such references.
 * - `indexes`: requests of the file;
 * - `imported`: requests of the files its `# @import` lines name (see `FileImport`), for names the file has no request
 *   of, to send before `indexes`, each after those its own references name in its file;
 * - `unknown`: names no request of the file or of the files it imports has (or of a file not read).
 */
export function requestsToSendFirst(file: HttpFile, index: number, hasResponse: (name: string) => boolean): { indexes: number[]; imported: ImportedRequest[]; unknown: string[] } {
  const indexes: number[] = [];
  const imported: ImportedRequest[] = [];
  const unknown: string[] = [];
  if (file.dialect !== 'httpyac') return { indexes, imported, unknown };
  const order = (of: HttpFile, at: number, out: number[], fromImport: boolean): void => {
    const byName = new Map<string, number>();
    // the first request of a name, as httpYac takes it
    of.requests.forEach((r, i) => {
      if (r.name !== undefined && !byName.has(r.name)) byName.set(r.name, i);
    });
    const visit = (from: number, path: number[]): void => {
      const request = of.requests[from];
      if (!request) return;
      for (const ref of requestRefs(request.metadata)) {
        const target = byName.get(ref.name);
        if (target === undefined) {
          const there = fromImport ? undefined : importedRequest(of, ref.name);
          if (!there) {
            if (!unknown.includes(ref.name)) unknown.push(ref.name);
            continue;
          }
          if (imported.some((r) => r.file === there.file && r.index === there.index)) continue;
          if (!ref.force && hasResponse(ref.name)) continue;
          // the imported request's own references, in its file
          const first: number[] = [];
          order(there.file, there.index, first, true);
          for (const i of first) if (!imported.some((r) => r.file === there.file && r.index === i)) imported.push({ ...there, index: i });
          imported.push(there);
          continue;
        }
        if (target === at || path.includes(target) || out.includes(target)) continue;
        if (!ref.force && hasResponse(ref.name)) continue;
        visit(target, [...path, target]);
        if (!out.includes(target)) out.push(target);
      }
    };
    visit(at, [at]);
  };
  order(file, index, indexes, false);
  return { indexes, imported, unknown };
}

/** A step of a JetBrains file run whole: a request of the file, or a `run` line, in the order of the file. */
export type RunStep = { kind: 'request'; index: number } | { kind: 'run'; directive: DirectiveNode };

/** The requests and `run` lines of a file in their order (the JetBrains client runs a file's `run` lines where they stand). */
export function runSteps(file: HttpFile): RunStep[] {
  const steps: (RunStep & { at: number })[] = file.requests.map((r) => ({ kind: 'request' as const, index: r.index, at: r.span.offset }));
  for (const d of file.directives) if (d.kind === 'run') steps.push({ kind: 'run', directive: d, at: d.span.offset });
  steps.sort((a, b) => a.at - b.at);
  return steps.map(({ at: _at, ...step }) => step as RunStep);
}

/**
 * The request a JetBrains `run #Name` names in a file: its `# @name`, its `###` title, or, for a request without
 * either, its method and URL as written (`GET {{host}}/items`), as the JetBrains client names requests.
 */
export function requestNamed(file: HttpFile, name: string): number | undefined {
  const found = file.requests.find((r) => r.name === name || r.title === name) ?? file.requests.find((r) => r.name === undefined && r.title === undefined && `${r.method} ${r.url}` === name);
  return found?.index;
}

/** The values a `run` line gives (`(@host=example.com, @id=2)`), by name. */
export function runOverrides(directive: DirectiveNode): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const v of directive.variables) out[v.name] = v.value;
  return out;
}

/** A file a `run` or `import` line names, read by the caller: its parse and where it is, or why it cannot be had. */
export type RunLoad = (from: string, target: string) => { file: HttpFile; path: string } | { problem: string };

/**
 * A step of a JetBrains file run whole: a request to send (of the file, or, with `overrides`, one a `run` line names
 * with the values it gives), or a `run` line whose target cannot be had.
 */
export type PlannedStep = { file: HttpFile; path: string; index: number; overrides?: Record<string, string> } | { problem: string; target: string };

/**
 * What running a file whole sends, in order: its requests, and where a `run` line stands, the request `run #Name`
 * names (in the file, else in the first file an `import` line names that has it) or every request of the file
 * `run ./other.http` names, with that file's own `run` lines followed. `path` says where the file is, and `load`
 * reads a file a line names, relative to the file that names it (`from`). A file on the way is not run again.
 * With `only` (one of the file's `run` lines, see `runLineAt`), what that line alone runs.
 */
export function planRun(file: HttpFile, path: string, load: RunLoad, only?: DirectiveNode): PlannedStep[] {
  const out: PlannedStep[] = [];
  const follow = (directive: DirectiveNode, from: { file: HttpFile; path: string }, stack: string[]): void => {
    const overrides = runOverrides(directive);
    const problem = (message: string) => void out.push({ problem: message, target: directive.target });
    if (directive.target.startsWith('#')) {
      const name = directive.target.slice(1);
      const here = requestNamed(from.file, name);
      if (here !== undefined) return void out.push({ ...from, index: here, overrides });
      for (const d of from.file.directives) {
        const other = d.kind === 'import' ? load(from.path, d.target) : undefined;
        const there = other && !('problem' in other) ? requestNamed(other.file, name) : undefined;
        if (other && !('problem' in other) && there !== undefined) return void out.push({ ...other, index: there, overrides: { ...overrides } });
      }
      return problem(`no request named '${name}' in this file or the files it imports`);
    }
    const other = load(from.path, directive.target);
    if ('problem' in other) return problem(other.problem);
    if (stack.includes(other.path)) return problem(`${directive.target} is already being run`);
    for (const step of runSteps(other.file)) {
      if (step.kind === 'request') out.push({ ...other, index: step.index, overrides: { ...overrides } });
      else follow(step.directive, other, [...stack, other.path]);
    }
  };
  if (only) {
    follow(only, { file, path }, [path]);
    return out;
  }
  for (const step of runSteps(file)) {
    if (step.kind === 'request') out.push({ file, path, index: step.index });
    else follow(step.directive, { file, path }, [path]);
  }
  return out;
}

/** The JetBrains `run` line of the file around `offset` (anywhere on the line), if there is one there. */
export function runLineAt(file: HttpFile, offset: number): DirectiveNode | undefined {
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  return file.directives.find((d) => d.kind === 'run' && d.span.offset <= lineEnd && d.span.offset + d.span.length >= lineStart);
}
