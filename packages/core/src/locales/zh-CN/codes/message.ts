/** Simplified Chinese doc pages (markdown) of the 'message' codes, keyed by code. */
export const messageDocsZh: Readonly<Record<string, string>> = {};
