/** Simplified Chinese doc pages (markdown) of the 'cookies' codes, keyed by code. */
export const cookiesDocsZh: Readonly<Record<string, string>> = {};
