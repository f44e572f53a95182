/**
 * Simplified Chinese documentation (hover texts and doc pages). Kept on a subpath,
 * `@httplens/core/locales/zh-CN`, so validation-only bundles stay small:
 * importing it registers the data with the core.
 */
export {};
