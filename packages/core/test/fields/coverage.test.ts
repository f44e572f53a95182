import { describe, expect, it } from 'vitest';
import { fieldsWithParsers, parseField } from '@httplens/core';
import { authFields } from '../../src/fields/auth.js';
import { conditionalFields } from '../../src/fields/conditional.js';
import { connectionFields } from '../../src/fields/connection.js';
import { contentFields } from '../../src/fields/content.js';
import { cookieFields } from '../../src/fields/cookies.js';
import { generalFields } from '../../src/fields/general.js';
import { securityFields } from '../../src/fields/security.js';
import type { FieldCase } from './case.js';
import { ALL_CASES } from './tables/index.js';

const FAMILIES = [contentFields, conditionalFields, authFields, cookieFields, securityFields, connectionFields, generalFields];
const OWN = FAMILIES.flatMap((f) => f.flatMap((d) => [...d.names]));

/** A code that belongs to one field or family: HTTP3xxx, or a framing code the message parser shares (Content-Length, Transfer-Encoding). */
function isFieldSpecific(code: string): boolean {
  return code.startsWith('HTTP3') || code.startsWith('HTTP01');
}

describe('field-parser coverage', () => {
  const byField = new Map<string, FieldCase[]>();
  for (const cases of Object.values(ALL_CASES)) {
    for (const c of cases) byField.set(c[0].toLowerCase(), [...(byField.get(c[0].toLowerCase()) ?? []), c]);
  }

  it('registers every field of these families in the parser table', () => {
    const registered = new Set(fieldsWithParsers());
    expect(OWN.filter((n) => !registered.has(n))).toEqual([]);
  });

  it.each(OWN.map((n) => [n]))('%s has a valid, an invalid and an edge case, one with a field-specific code', (name) => {
    const cases = byField.get(name) ?? [];
    expect(cases.length, `${name} has ${cases.length} cases`).toBeGreaterThanOrEqual(3);
    expect(cases.some((c) => c[2].length === 0), `${name}: no valid case`).toBe(true);
    expect(cases.some((c) => c[2].some((code) => isFieldSpecific(code.split('@')[0] ?? ''))), `${name}: no field-specific code`).toBe(true);
    // every listed case really runs through the field's own parser
    for (const c of cases) expect(parseField(c[0], c[1], c[4] ? { direction: c[4] } : {}).diagnostics.length).toBe(c[2].length);
  });

  it('covers at least 100 fields in these families, and 120 with the structured and caching parsers', () => {
    const covered = OWN.filter((n) => (byField.get(n)?.length ?? 0) >= 3);
    expect(covered.length).toBeGreaterThanOrEqual(100);
    expect(fieldsWithParsers().length).toBeGreaterThanOrEqual(120);
  });
});
