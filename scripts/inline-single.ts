// After `vite build --mode single`: folds the built JS and CSS into index.html so the atlas runs from disk.
// Separate module files are refused by browsers on file:// (CORS), inline ones are not. The page's CSP then
// allows exactly this one inline script by its sha256 hash and still forbids every request outside the origin.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineHtml, InlineError } from '../src/briefing/inlineHtml';

const dir = process.argv[2] ?? 'dist-single';
const htmlPath = join(dir, 'index.html');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
try {
  const { html, script } = inlineHtml(readFileSync(htmlPath, 'utf8'), (p) => readFileSync(join(dir, p), 'utf8'), sha256);
  writeFileSync(htmlPath, html);
  // Everything now lives in index.html; a stray file would only invite a broken relative request.
  for (const name of readdirSync(dir)) if (name !== 'index.html') rmSync(join(dir, name), { recursive: true });
  console.log(`inline-single: ${htmlPath} ${(statSync(htmlPath).size / 1024).toFixed(0)} KB, script sha256-${sha256(script)}`);
} catch (e) {
  console.error(`inline-single: ${e instanceof InlineError ? e.message : String(e)}`);
  process.exit(1);
}
