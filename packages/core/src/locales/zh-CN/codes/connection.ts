/** Simplified Chinese doc pages (markdown) of the 'connection' codes, keyed by code. */
export const connectionDocsZh: Readonly<Record<string, string>> = {};
