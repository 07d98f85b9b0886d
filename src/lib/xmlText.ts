// Text that is about to go into XML (a .pptx part, an SVG): XML 1.0 allows only tab, line feed, carriage return and
// the characters from U+0020 on, minus lone surrogates and U+FFFE/U+FFFF. Anything else makes the whole file not
// well-formed, and an office suite then refuses the deck. Pure, so every exporter calls the same rule.

/** U+000B (vertical tab) is PowerPoint's own soft line break and U+000C a page break: both become a line break. */
const BREAKS = /[\v\f]/g;
/** The C0 controls XML forbids, unpaired surrogates and the two non-characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(BREAKS, '\n').replace(ILLEGAL, '');
}

/** Text content or attribute value: legal characters, markup escaped. */
export function escapeXml(s: string): string {
  return xmlText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
