// A slide's SVG as a small read-only tree for the node-environment slide tests, in place of a jsdom document: jsdom
// built ~0.3 s of DOM per slide and its selector engine took ~30-100 ms per descendant query over a slide's ~1,000
// elements, about half of the slide tests' time with the garbage they left. The XML is read by saxes with namespaces,
// as jsdom's DOMParser reads it, so malformed XML throws as before. Only what the tests use is here: an API they call
// that is missing throws (it is undefined), and a selector outside the small grammar below throws, never matches
// nothing. svgTestDom.test.ts checks every selector the tests use against jsdom on real slides.
import { SaxesParser } from 'saxes';

type Child = TestElement | string;

/** Simple selectors of one compound: a type (or *), classes, attributes present or equal to a value. */
interface Compound { type: string | null; classes: string[]; attrs: [string, string | null][] }
/** A complex selector read right to left: the subject first, each with the combinator that links it to the next. */
type Complex = { compound: Compound; combinator: ' ' | '>' | null }[];

const COMPOUND_PART = /^(?:(\*|[A-Za-z][\w-]*)|\.([\w-]+)|\[([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'))?\])/;

function parseComplex(text: string, whole: string): Complex {
  const unsupported = () => new Error(`svgTestDom: selector not supported: ${whole}`);
  // left to right: each compound with the combinator before it
  const read: { compound: Compound; before: ' ' | '>' | null }[] = [];
  let rest = text.trim();
  let before: ' ' | '>' | null = null;
  for (;;) {
    const compound: Compound = { type: null, classes: [], attrs: [] };
    let m: RegExpMatchArray | null;
    let any = false;
    while ((m = rest.match(COMPOUND_PART))) {
      any = true;
      if (m[1]) compound.type = m[1] === '*' ? null : m[1];
      else if (m[2]) compound.classes.push(m[2]);
      else compound.attrs.push([m[3], m[4] ?? m[5] ?? null]);
      rest = rest.slice(m[0].length);
    }
    if (!any) throw unsupported();
    read.push({ compound, before });
    if (!rest) break;
    const c = rest.match(/^\s*>\s*|^\s+/);
    if (!c) throw unsupported();
    before = c[0].includes('>') ? '>' : ' ';
    rest = rest.slice(c[0].length);
  }
  // the subject first; each part's combinator links it to the next part (its left neighbour in the text)
  return read.reverse().map(({ compound, before: b }) => ({ compound, combinator: b }));
}

const selectors = new Map<string, Complex[]>();
function parseSelector(text: string): Complex[] {
  let s = selectors.get(text);
  if (!s) selectors.set(text, s = text.split(',').map((part) => parseComplex(part, text)));
  return s;
}

function matchesCompound(e: TestElement, c: Compound): boolean {
  if (c.type !== null && e.localName !== c.type) return false;
  for (const [name, value] of c.attrs) {
    const v = e.getAttribute(name);
    if (v === null || value !== null && v !== value) return false;
  }
  if (c.classes.length) {
    const own = (e.getAttribute('class') ?? '').split(/\s+/);
    if (!c.classes.every((k) => own.includes(k))) return false;
  }
  return true;
}

function matchesComplex(e: TestElement, parts: Complex, i = 0): boolean {
  if (!matchesCompound(e, parts[i].compound)) return false;
  if (i + 1 === parts.length) return true;
  if (parts[i].combinator === '>') return e.parentElement !== null && matchesComplex(e.parentElement, parts, i + 1);
  for (let a = e.parentElement; a; a = a.parentElement) if (matchesComplex(a, parts, i + 1)) return true;
  return false;
}

export class TestElement {
  readonly childNodes: Child[] = [];
  parentElement: TestElement | null = null;
  constructor(readonly tagName: string, readonly localName: string, readonly namespaceURI: string | null,
    private readonly attributes: Map<string, string>) {}

  get children(): TestElement[] { return this.childNodes.filter((c): c is TestElement => typeof c !== 'string'); }
  get textContent(): string {
    return this.childNodes.map((c) => typeof c === 'string' ? c : c.textContent).join('');
  }
  getAttribute(name: string): string | null { return this.attributes.get(name) ?? null; }
  hasAttribute(name: string): boolean { return this.attributes.has(name); }
  getAttributeNames(): string[] { return [...this.attributes.keys()]; }
  matches(selector: string): boolean { return parseSelector(selector).some((parts) => matchesComplex(this, parts)); }
  closest(selector: string): TestElement | null {
    for (let e: TestElement | null = this; e; e = e.parentElement) if (e.matches(selector)) return e;
    return null;
  }
  /** Descendants in document order. */
  descendants(out: TestElement[] = []): TestElement[] {
    for (const c of this.childNodes) if (typeof c !== 'string') { out.push(c); c.descendants(out); }
    return out;
  }
  querySelectorAll(selector: string): TestElement[] {
    const parsed = parseSelector(selector);
    return this.descendants().filter((e) => parsed.some((parts) => matchesComplex(e, parts)));
  }
  querySelector(selector: string): TestElement | null {
    const parsed = parseSelector(selector);
    return this.descendants().find((e) => parsed.some((parts) => matchesComplex(e, parts))) ?? null;
  }
  getElementsByTagName(name: string): TestElement[] {
    return this.descendants().filter((e) => name === '*' || e.tagName === name);
  }
}

/** The document: its element and the same queries, which also see the root element itself. */
export class TestDocument {
  constructor(readonly documentElement: TestElement) {}
  private all(): TestElement[] { return [this.documentElement, ...this.documentElement.descendants()]; }
  get textContent(): null { return null; }
  querySelectorAll(selector: string): TestElement[] {
    const parsed = parseSelector(selector);
    return this.all().filter((e) => parsed.some((parts) => matchesComplex(e, parts)));
  }
  querySelector(selector: string): TestElement | null { return this.querySelectorAll(selector)[0] ?? null; }
  getElementsByTagName(name: string): TestElement[] { return this.all().filter((e) => name === '*' || e.tagName === name); }
}

/** Parses XML as jsdom's DOMParser does (saxes, namespaces, XML 1.0); malformed XML throws. */
export function parseTestXml(xml: string): TestDocument {
  const parser = new SaxesParser({ xmlns: true, defaultXMLVersion: '1.0', forceXMLVersion: true });
  const stack: TestElement[] = [];
  let root: TestElement | null = null;
  parser.on('error', (err) => { throw err; });
  // text outside the root element is not part of the tree (as in a DOM)
  const text = (data: string) => { if (stack.length) stack[stack.length - 1].childNodes.push(data); };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) attributes.set(a.name, a.value);
    const e = new TestElement(tag.name, tag.local, tag.uri === '' ? null : tag.uri, attributes);
    const parent = stack[stack.length - 1];
    if (parent) { parent.childNodes.push(e); e.parentElement = parent; } else root = e;
    stack.push(e);
  });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  if (!root) throw new Error('svgTestDom: no root element');
  return new TestDocument(root);
}
