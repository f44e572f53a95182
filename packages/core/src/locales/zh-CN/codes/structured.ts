/** Simplified Chinese doc pages (markdown) of the 'structured' codes, keyed by code. */
export const structuredDocsZh: Readonly<Record<string, string>> = {};
