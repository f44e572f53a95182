/**
 * httpYac's `# @loop`: a request sent once for each pass, with `{{$index}}` (0, 1, ...) and, for `for item of list`,
 * `{{item}}` the element. httpYac evaluates the list (and `while` conditions) as JavaScript; this reads a count
 * (`for 3`), a JSON array (`for id of [1, 2, 3]`) or a variable whose value is one (`for id of ids`, `{{ids}}`), and
 * runs no JavaScript. Pure.
 */
import { createDiagnostic } from '@httplens/core';
import type { Diagnostic } from '@httplens/core';
import { resolveVariable, type ResolveContext } from './resolve.js';
import { variableNameIn } from './template.js';
import type { HttpFile, MetadataEntry } from './types.js';
import { jsonToText } from './values.js';

/** The most passes a loop is sent for. */
export const MAX_LOOP_PASSES = 1000;

/**
 * A `# @loop` value as read without its variables: a count, or the element's name and the list (a variable's `name`
 * when it is one); undefined for JavaScript, or a count or JSON list of more than `MAX_LOOP_PASSES`.
 */
export function readLoop(value: string): { kind: 'count'; count: number } | { kind: 'over'; item: string; iterable: string; name?: string } | undefined {
  const v = value.trim();
  const count = /^for\s*(\d+)$/.exec(v);
  if (count) {
    const n = Number(count[1]);
    return n > MAX_LOOP_PASSES ? undefined : { kind: 'count', count: n };
  }
  const over = /^for\s+([\p{L}_$][\p{L}\p{N}_$]*)\s+of\s+(\S(?:.*\S)?)$/u.exec(v);
  if (!over) return undefined;
  const [, item, iterable] = over as unknown as [string, string, string];
  const name = variableNameIn(iterable);
  if (name !== undefined) return { kind: 'over', item, iterable, name };
  try {
    const list: unknown = JSON.parse(iterable);
    return Array.isArray(list) && list.length <= MAX_LOOP_PASSES ? { kind: 'over', item, iterable } : undefined;
  } catch {
    return undefined;
  }
}

/** One pass of a loop: its `$index` and the variables it sets (`item`). */
export interface LoopPass {
  index: number;
  variables: Record<string, string>;
}

/**
 * The passes of request `index`'s `# @loop`, or the diagnostic that says why it is not sent (HTTP1066: JavaScript,
 * a list that is not a JSON array, more than `MAX_LOOP_PASSES` passes); undefined for a request without a loop, or in
 * a file not read as httpYac reads it.
 */
export function requestLoop(file: HttpFile, index: number, context: ResolveContext = {}): { passes: LoopPass[] } | { problem: Diagnostic } | undefined {
  const request = file.requests[index];
  if (!request || file.dialect !== 'httpyac') return undefined;
  let loop: MetadataEntry | undefined;
  for (const m of request.metadata) if (m.key === 'loop' && m.value) loop = m;
  if (!loop) return undefined;
  const value = (loop.value as string).trim();
  const problem = () => ({ problem: createDiagnostic('HTTP1066', loop.valueSpan ?? loop.span, { value, max: MAX_LOOP_PASSES }, context.locale ? { locale: context.locale } : {}) });
  const read = readLoop(value);
  if (!read) return problem();
  if (read.kind === 'count') return { passes: Array.from({ length: read.count }, (_, i) => ({ index: i, variables: {} })) };
  const { item, iterable, name } = read;
  let text: string | undefined = iterable;
  if (name !== undefined) text = resolveVariable(file, name, context, index).value;
  let list: unknown;
  try {
    list = text === undefined ? undefined : JSON.parse(text);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list) || list.length > MAX_LOOP_PASSES) return problem();
  return { passes: list.map((element: unknown, i) => ({ index: i, variables: { [item]: jsonToText(element) } })) };
}
