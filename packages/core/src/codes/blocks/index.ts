import type { CodeDefinition } from '../define.js';

/**
 * Every block of the code table. Each area keeps its codes in its own module
 * (`framing.ts`, `message.ts`, ...), so work on one area never touches another.
 */
export const ALL_BLOCKS: readonly (readonly CodeDefinition[])[] = [];
