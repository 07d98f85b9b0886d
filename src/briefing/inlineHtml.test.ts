// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHtml } from './inlineHtml';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('base64');
const PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'" />
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/style-def.css">
</head><body><div id="root"></div></body></html>`;
const FILES: Record<string, string> = {
  'assets/index-abc.js': 'const s = "</script><!-- x";\r\nconsole.log(s);',
  'assets/style-def.css': 'body{color:red}/* </style> */',
};

describe('inlineHtml', () => {
  const { html, script } = inlineHtml(PAGE, (p) => FILES[p], sha256);

  it('inlines the script and styles and leaves no relative references', () => {
    expect(html).not.toMatch(/src="\.\/|href="\.\//);
    expect(html).toContain('<style>body{color:red}/* <\\/style> */</style>');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('keeps the script from ending early and means the same JS', () => {
    expect(script).toBe('const s = "<\\/script><\\u0021-- x";\nconsole.log(s);');
    // Both rewritten forms evaluate to the original string.
    expect(new Function(`${script.replace('console.log(s);', '')} return s;`)()).toBe('</script><!-- x');
  });

  it('pins exactly that script in the CSP and keeps the rest of the policy', () => {
    const csp = new DOMParser().parseFromString(html, 'text/html').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toBe(`default-src 'self'; script-src 'sha256-${sha256(script)}'; style-src 'self' 'unsafe-inline'`);
    const inline = new DOMParser().parseFromString(html, 'text/html').querySelector('script')!.textContent!;
    expect(sha256(inline)).toBe(sha256(script));
  });

  it('refuses a split build', () => {
    const two = PAGE.replace('</head>', '<script type="module" crossorigin src="./assets/b.js"></script></head>');
    expect(() => inlineHtml(two, (p) => FILES[p] ?? '', sha256)).toThrow(/one module script, found 2/);
  });
});
