/** Saves a Blob built in the page as a file: no request leaves the page. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name's stem from words in any script ("Брифинг ООН 2026" → "Брифинг-ООН-2026"): letters, marks and digits
 *  kept, every other run (spaces, slashes, dots, control characters) one hyphen, at most 80 characters; `fallback`
 *  when nothing is left. */
export const fileStemOf = (words: string, fallback: string): string =>
  [...words.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '')].slice(0, 80).join('').replace(/-+$/, '') || fallback;
