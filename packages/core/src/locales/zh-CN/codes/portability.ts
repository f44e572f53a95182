/** Simplified Chinese doc pages (markdown) of the 'portability' codes, keyed by code. */
export const portabilityDocsZh: Readonly<Record<string, string>> = {};
