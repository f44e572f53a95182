/** Simplified Chinese doc pages (markdown) of the 'security' codes, keyed by code. */
export const securityDocsZh: Readonly<Record<string, string>> = {};
