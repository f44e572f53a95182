/** Simplified Chinese doc pages (markdown) of the 'caching' codes, keyed by code. */
export const cachingDocsZh: Readonly<Record<string, string>> = {};
