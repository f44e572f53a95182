export { createLintMemo, lintMessage, lintParsedMessage } from './lint-message.js';
export type { LintMemo, LintOptions, LintRequest } from './lint-message.js';
export { ALL_RULES } from './rules.js';
export type { MessageRule } from './rules.js';
export { listMembers, splitList } from './context.js';
