/** Simplified Chinese doc pages (markdown) of the 'registry' codes, keyed by code. */
export const registryDocsZh: Readonly<Record<string, string>> = {};
