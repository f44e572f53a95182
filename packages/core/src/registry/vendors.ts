/**
 * Field-name prefixes that a vendor or a tracing system uses for a whole family of its own fields (`x-amz-request-id`,
 * `x-goog-generation`, `x-ms-version`, `cf-cache-status`): such a field is nonstandard but in wide use, so an unknown
 * name with one of these prefixes is not reported as unknown (HTTP3000). A name the registry knows is read as the
 * registry says.
 */
export interface VendorPrefix {
  /** Lower case, with its trailing hyphen. */
  prefix: string;
  vendor: string;
}

export const VENDOR_PREFIXES: readonly VendorPrefix[] = [
  { prefix: 'x-amz-', vendor: 'Amazon Web Services' },
  { prefix: 'x-amzn-', vendor: 'Amazon Web Services' },
  { prefix: 'x-goog-', vendor: 'Google Cloud' },
  { prefix: 'x-guploader-', vendor: 'Google Cloud' },
  { prefix: 'x-ms-', vendor: 'Microsoft Azure' },
  { prefix: 'cf-', vendor: 'Cloudflare' },
  { prefix: 'x-vercel-', vendor: 'Vercel' },
  { prefix: 'x-github-', vendor: 'GitHub' },
  { prefix: 'x-b3-', vendor: 'Zipkin B3 trace propagation' },
  { prefix: 'x-datadog-', vendor: 'Datadog' },
];

/** The vendor prefix a field name starts with (ASCII case-insensitive, and something after it), or undefined. */
export function getVendorPrefix(name: string): VendorPrefix | undefined {
  const lower = name.toLowerCase();
  for (const v of VENDOR_PREFIXES) if (lower.length > v.prefix.length && lower.startsWith(v.prefix)) return v;
  return undefined;
}
