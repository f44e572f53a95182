/** Simplified Chinese doc pages (markdown) of the 'http-file' codes, keyed by code. */
export const httpFileDocsZh: Readonly<Record<string, string>> = {};
