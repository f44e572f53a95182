import { describe, it } from 'vitest';
import { runCase } from './case.js';
import { ALL_CASES } from './tables/index.js';

describe.each(Object.entries(ALL_CASES))('%s fields', (_family, cases) => {
  it.each(cases.map((c, i) => [`${c[0]}: ${JSON.stringify(c[1])} (${i})`, c] as const))('%s', (_name, c) => {
    runCase(c);
  });
});
