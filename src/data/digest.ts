// The SHA-256 of a text, as lowercase hex: how the page proves the dataset it loaded is the one the build checked
// (the digest of its value serialised as JSON: data/openDataset.ts). The same function runs in the build (node) and
// in the page.

/** null where there is no Web Crypto: a page served over plain http from another host than localhost. */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
