/** Simplified Chinese doc pages (markdown) of the 'auth' codes, keyed by code. */
export const authDocsZh: Readonly<Record<string, string>> = {};
