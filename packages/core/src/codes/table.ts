import type { CodeDefinition } from './define.js';
import { ALL_BLOCKS } from './blocks/index.js';

const table = new Map<string, CodeDefinition>();
for (const block of ALL_BLOCKS) {
  for (const def of block) {
    if (table.has(def.code)) throw new Error(`duplicate diagnostic code ${def.code}`);
    table.set(def.code, def);
  }
}

/** Every diagnostic code, in code order. */
export const CODES: readonly CodeDefinition[] = [...table.values()].sort((a, b) => a.code.localeCompare(b.code));

export function getCodeDefinition(code: string): CodeDefinition | undefined {
  return table.get(code);
}
