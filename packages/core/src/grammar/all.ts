/** Every grammar rule, flat; published as the `grammar` namespace of @httplens/core. */
export * from './core.js';
export * from './rfc9110.js';
export * from './uri.js';
export * from './language-tag.js';
export * from './link.js';
export * from './cookie.js';
export * from './sts.js';
export * from './forwarded.js';
export * from './http-date.js';
export { Problems, describeChar, type Problem } from './problems.js';
export * from './ext-value.js';
