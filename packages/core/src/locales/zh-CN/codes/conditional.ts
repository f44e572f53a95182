/** Simplified Chinese doc pages (markdown) of the 'conditional' codes, keyed by code. */
export const conditionalDocsZh: Readonly<Record<string, string>> = {};
