import { messageFromHeaders } from '@httplens/core';
import type { FieldLine, HttpMessage } from '@httplens/core';

/** Header pairs -> field lines with spans as if serialised `Name: value\r\n` one after another. */
export function lines(headers: readonly (readonly [string, string])[]): FieldLine[] {
  let offset = 0;
  return headers.map(([name, value]) => {
    const line: FieldLine = {
      name,
      value,
      span: { offset, length: name.length + 2 + value.length },
      nameSpan: { offset, length: name.length },
      valueSpan: { offset: offset + name.length + 2, length: value.length },
    };
    offset += name.length + 4 + value.length;
    return line;
  });
}

type Headers = Record<string, string | string[]> | readonly (readonly [string, string])[];

function pairs(headers: Headers): [string, string][] {
  if (Array.isArray(headers)) return headers.map(([n, v]) => [n, v]);
  const out: [string, string][] = [];
  for (const [n, v] of Object.entries(headers as Record<string, string | string[]>)) {
    if (Array.isArray(v)) for (const x of v) out.push([n, x]);
    else out.push([n, v]);
  }
  return out;
}

/** A response built by `messageFromHeaders` (as users holding header objects do). */
export function res(status: number, headers: Headers = {}): HttpMessage {
  return messageFromHeaders({ status, headers: pairs(headers) });
}

export function req(method: string, headers: Headers = {}, target = '/'): HttpMessage {
  return messageFromHeaders({ method, target, headers: pairs(headers) });
}

/** A response whose field lines are built directly (values kept exactly, spans synthetic). */
export function rawRes(status: number, headers: Headers = {}): HttpMessage {
  return { kind: 'response', version: 'HTTP/1.1', status, fields: lines(pairs(headers)), trailers: [], diagnostics: [] };
}

export function rawReq(method: string, headers: Headers = {}, target = '/'): HttpMessage {
  return { kind: 'request', method, target, version: 'HTTP/1.1', fields: lines(pairs(headers)), trailers: [], diagnostics: [] };
}

/** An HTTP-date `seconds` after the test epoch T0. */
export const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
export function at(seconds: number): string {
  return new Date(T0 + seconds * 1000).toUTCString();
}
