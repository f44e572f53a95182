/** Simplified Chinese doc pages (markdown) of the 'framing' codes, keyed by code. */
export const framingDocsZh: Readonly<Record<string, string>> = {};
