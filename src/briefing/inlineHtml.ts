// Folds a built page's module script and stylesheets into the HTML (for the file:// single-file build) and pins
// the one inline script in the CSP by its sha256 hash. Pure: the caller reads files and computes the hash.

export interface Inlined { html: string; script: string }

export class InlineError extends Error {}

/**
 * `read(path)` returns a built asset's text; `hash(text)` its base64 sha256.
 * `</script` and `<!--` would end or confuse the HTML script element; the rewrites mean the same to JS in strings,
 * templates, regexes and comments. CR/CRLF become LF as the HTML parser would, so the browser's hash matches ours.
 */
export function inlineHtml(html: string, read: (path: string) => string, hash: (text: string) => string): Inlined {
  const scripts = [...html.matchAll(/<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g)];
  if (scripts.length !== 1) throw new InlineError(`expected one module script, found ${scripts.length} (is code splitting off?)`);
  if (html.includes('rel="modulepreload"')) throw new InlineError('modulepreload links left in the page');
  const script = read(scripts[0][1]).replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\u0021--').replace(/\r\n?/g, '\n');
  let out = html.replace(scripts[0][0], () => `<script type="module">${script}</script>`);
  for (const [tag, file] of html.matchAll(/<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g)) {
    const css = read(file).replace(/<\/style/gi, '<\\/style');
    out = out.replace(tag, () => `<style>${css}</style>`);
  }
  const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src )'self'/;
  if (!csp.test(out)) throw new InlineError("no CSP meta with script-src 'self' to rewrite");
  out = out.replace(csp, `$1'sha256-${hash(script)}'`);
  const left = out.match(/(?:src|href)="\.\/[^"]+"/g);
  if (left) throw new InlineError(`relative references remain: ${left.join(', ')}`);
  return { html: out, script };
}
