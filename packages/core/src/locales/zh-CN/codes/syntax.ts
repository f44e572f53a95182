/** Simplified Chinese doc pages (markdown) of the 'syntax' codes, keyed by code. */
export const syntaxDocsZh: Readonly<Record<string, string>> = {};
