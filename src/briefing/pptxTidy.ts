// pptxgenjs 4.0.1 writes two things into every deck that break the OOXML rules PowerPoint enforces (LibreOffice
// opens the file regardless, so nothing here changes what it shows):
// - a paragraph of several runs gets a paragraph-properties element (<a:pPr>) before each run, where CT_TextParagraph
//   allows one, first (gitbrent/PptxGenJS PR 1083: PowerPoint 2016 reports an error);
// - [Content_Types].xml declares a slide master per slide (slideMaster2.xml …) where the package has one
//   (gitbrent/PptxGenJS issue 1444: PowerPoint's repair dialog).
// The deck is rewritten once after pptxgenjs has written it: each paragraph keeps its first <a:pPr>, the content
// types only the parts the package holds.
import JSZip from 'jszip';

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** A paragraph with its first <a:pPr> (when it opens the paragraph) and no other. */
export function onePPr(xml: string): string {
  return xml.replace(PARAGRAPH, (_, body: string) => {
    let first = true;
    return `<a:p>${body.replace(PPR, (ppr: string, at: number) => {
      const keep = first && at === 0;
      first = false;
      return keep ? ppr : '';
    })}</a:p>`;
  });
}

/** The content types without an override for a part the package does not hold. */
export function knownOverrides(xml: string, has: (part: string) => boolean): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (o, part: string) => (has(part) ? o : ''));
}

/** The written deck, its slides' and notes' paragraphs and its content types put right. */
export async function tidyPptx(deck: ArrayBuffer): Promise<JSZip> {
  const zip = await JSZip.loadAsync(deck);
  for (const name of Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/.test(f))) {
    zip.file(name, onePPr(await zip.file(name)!.async('string')));
  }
  const types = '[Content_Types].xml';
  zip.file(types, knownOverrides(await zip.file(types)!.async('string'), (part) => zip.file(part) !== null));
  return zip;
}
