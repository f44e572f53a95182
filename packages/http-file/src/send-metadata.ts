/**
 * httpYac's metadata that changes how a request is sent: `# @sleep 1000` (wait before sending), `# @disabled` (not
 * sent) and `# @noRejectUnauthorized` (the server certificate not verified). httpYac evaluates the values of `@sleep`
 * and `@disabled` as JavaScript; these read a number, `true`/`false`, or a variable's name (`delay`, `{{delay}}`), and
 * run no JavaScript. Pure.
 */
import { createDiagnostic } from '@httplens/core';
import type { Diagnostic } from '@httplens/core';
import { resolveVariable, type ResolveContext } from './resolve.js';
import { variableNameIn } from './template.js';
import type { HttpFile, MetadataEntry } from './types.js';

/** The longest wait `# @sleep` gives: 10 minutes. */
export const MAX_SLEEP_MS = 600_000;

export interface SendMetadata {
  /** `# @sleep`: milliseconds to wait before the request is sent (at most `MAX_SLEEP_MS`). */
  sleep?: number;
  /** `# @disabled`: the request is not sent. */
  disabled?: boolean;
  /** `# @noRejectUnauthorized`: the server certificate is not verified. */
  insecure?: boolean;
  /** A value httplens does not read (HTTP1064, HTTP1065). */
  diagnostics: Diagnostic[];
}

/**
 * The code of a `# @sleep` or `# @disabled` value that httplens cannot read whatever the variables are (HTTP1064,
 * HTTP1065), for the diagnostics of the file as it is written; undefined for any other key or value.
 */
export function metadataValueProblem(key: string, value: string | undefined): 'HTTP1064' | 'HTTP1065' | undefined {
  const v = value?.trim() ?? '';
  const plain = /^\d+(?:\.\d+)?$/.test(v) || variableNameIn(v) !== undefined;
  if (key === 'sleep') return plain ? undefined : 'HTTP1064';
  if (key === 'disabled') return v === '' || plain ? undefined : 'HTTP1065';
  return undefined;
}

/** A metadata value as a JavaScript expression read without running it: a number, a boolean, a variable's value. */
type Read = { kind: 'none' } | { kind: 'number'; value: number } | { kind: 'boolean'; value: boolean } | { kind: 'text'; value: string } | { kind: 'unread' };

function read(value: string | undefined, file: HttpFile, index: number, context: ResolveContext): Read {
  const v = value?.trim() ?? '';
  if (v === '') return { kind: 'none' };
  if (/^\d+(?:\.\d+)?$/.test(v)) return { kind: 'number', value: Number(v) };
  if (v === 'true' || v === 'false') return { kind: 'boolean', value: v === 'true' };
  const name = variableNameIn(v);
  if (name === undefined) return { kind: 'unread' };
  const found = resolveVariable(file, name, context, index).value;
  return found === undefined ? { kind: 'unread' } : { kind: 'text', value: found };
}

/**
 * What the httpYac metadata of request `index` asks of the sender, its variables resolved in `context`. Only in files
 * read as httpYac reads them. A `# @disabled` whose value httplens cannot read keeps the request from being sent
 * (HTTP1065): it may have been meant to; a `# @sleep` whose value it cannot read does not wait (HTTP1064).
 */
export function sendMetadata(file: HttpFile, index: number, context: ResolveContext = {}): SendMetadata {
  const out: SendMetadata = { diagnostics: [] };
  const request = file.requests[index];
  if (!request || file.dialect !== 'httpyac') return out;
  const locale = context.locale ? { locale: context.locale } : {};
  const at = (m: MetadataEntry) => m.valueSpan ?? m.span;
  for (const m of request.metadata) {
    if (m.key === 'noRejectUnauthorized') out.insecure = true;
    else if (m.key === 'sleep') {
      const r = read(m.value, file, index, context);
      const ms = r.kind === 'number' ? r.value : r.kind === 'text' && /^\d+(?:\.\d+)?$/.test(r.value.trim()) ? Number(r.value) : undefined;
      if (ms === undefined) out.diagnostics.push(createDiagnostic('HTTP1064', at(m), { value: m.value ?? '' }, locale));
      else out.sleep = Math.min(Math.round(ms), MAX_SLEEP_MS);
    } else if (m.key === 'disabled') {
      const r = read(m.value, file, index, context);
      if (r.kind === 'unread') {
        out.disabled = true;
        out.diagnostics.push(createDiagnostic('HTTP1065', at(m), { value: m.value ?? '' }, locale));
      } else if (r.kind === 'none') out.disabled = true;
      else if (r.kind === 'boolean') out.disabled = r.value;
      else if (r.kind === 'number') out.disabled = r.value !== 0;
      // a variable's text: JSON's false, 0 and null (as environment files give them) and the empty text are false
      else out.disabled = !['', 'false', '0', 'null', 'undefined'].includes(r.value.trim());
    }
  }
  return out;
}
