export type * from './types.js';
export { parseHttpFile, isToken, KNOWN_METHODS, looksLikeRequestLine } from './parser.js';
export { applySuppressions, findSuppressions } from './suppress.js';
export { checkPortability } from './portability.js';
export { DYNAMIC_VARIABLES, getDynamicVariable, splitDynamic, type DynamicVariableInfo, type Tool } from './dynamic.js';
export { classifyExpression, scanTemplate } from './template.js';
