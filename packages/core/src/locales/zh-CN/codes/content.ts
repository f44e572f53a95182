/** Simplified Chinese doc pages (markdown) of the 'content' codes, keyed by code. */
export const contentDocsZh: Readonly<Record<string, string>> = {};
