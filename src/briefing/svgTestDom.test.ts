// @vitest-environment node
// The slide tests' small SVG tree (svgTestDom.ts) finds what jsdom finds: for every selector the slide tests use, on
// slides of every layout, the same elements in the same order, with the same names, attributes and texts; and it
// refuses malformed XML as jsdom's DOMParser does. A selector outside its grammar throws rather than matching nothing.
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error jsdom ships no types (a devDependency through vitest); only its XML parser is used here
import { JSDOM } from 'jsdom';
import type { MapGeometry } from '../geo/mapGeometry';
import { LAYOUT_IDS } from './layouts';
import { renderSlide } from './renderSlide';
import { slideModel } from './slideModel';
import { atlas, geometry, viewOf, sources } from './slideTestAtlas';
import { parseTestXml, type TestElement } from './svgTestDom';

const parser = new (new JSDOM('').window.DOMParser)();
const jsdomParse = (xml: string): Document => parser.parseFromString(xml, 'image/svg+xml');

// every selector of the slide tests (src/briefing/*.test.ts), with the roles renderSlide.test reads by name
const SELECTORS = [
  '*', 'text', 'title', 'desc', 'line', 'path', 'pattern', 'script', 'g.map-bloc-outline',
  '[data-column]', '[data-row] text', '[data-row="DEU"]', '[data-legend-class="yes"]', '[data-matrix-state="signed"]',
  '[data-source] > title', 'circle[data-in-bloc="true"]', 'path[data-node-id]', 'path[data-node-id][stroke="#e69f00"]',
  '[data-role="compare"] text', '[data-role="legend"]', '[data-role="legend"] text', '[data-role="legend"] [data-legend-class]',
  '[data-role="legend"] text, [data-role="record"] text', '[data-role="link-key"]', '[data-role="link-key"] > text',
  '[data-role="link-key"] text', '[data-role="link-key"] [data-link-family]', '[data-role="map-label"]',
  '[data-role="map-label"] text', '[data-role="map-label"] > circle', '[data-role="map"] > svg', 'circle.map-marker', '[data-role="matrix"] text', '[data-role="matrix"] [data-row]', '[data-role="matrix-notes"]',
  '[data-role="network"]', '[data-role="network"] [data-node-id]', '[data-role="network"] line[data-edge-family]',
  '[data-role="network-label"]', '[data-role="network-outline"]', '[data-role="network-outline"][data-bloc="eu"]',
  '[data-role="record"] text', '[data-role="record"] [data-source]', '[data-role="sources"]', '[data-role="statement"], [data-role="sources"]',
  '[data-role="table"] text', '[data-role="table"] [data-iso3] text', '[data-role="title"]', '[data-role="lens"]', '[data-role="caption"]',
  '[data-role="footer"]',
];

/** An element's names, attributes and parent's name; with its text, what a test can read of it. */
const shape = (e: Element | TestElement) => [e.tagName, e.localName, e.namespaceURI,
  e.getAttributeNames().map((n) => `${n}=${e.getAttribute(n)}`).join(' '), e.parentElement?.tagName ?? null].join('|');
const signature = (e: Element | TestElement) => `${shape(e)}|${e.textContent}`;

/** Both trees element by element: names, attributes, the texts of the elements without element children, children. */
function expectSameTree(ours: TestElement, theirs: Element, path: string) {
  expect(shape(ours), path).toBe(shape(theirs));
  const kids = [...theirs.children];
  if (!kids.length) expect(ours.textContent, path).toBe(theirs.textContent);
  expect(ours.children.length, path).toBe(kids.length);
  ours.children.forEach((c, i) => expectSameTree(c, kids[i], `${path}/${c.tagName}[${i}]`));
}

let geo: MapGeometry;
const slide = (q: string, layout: (typeof LAYOUT_IDS)[number]) =>
  renderSlide(slideModel(atlas, sources, { view: viewOf(q), layout, caption: 'A caption', index: 2, total: 5 }), geo);
beforeAll(async () => { geo = await geometry(); });

describe('the slide tests\' SVG tree', () => {
  it('reads a slide into the tree jsdom builds, for the largest slide', () => {
    // the map, and the network with its key and a bloc's outline (~1,300 elements)
    for (const svg of [slide('?sel=FRA&outline=eu', 'map-network')]) {
      const ours = parseTestXml(svg).documentElement;
      const theirs = jsdomParse(svg).documentElement;
      expect(ours.textContent).toBe(theirs.textContent);
      expectSameTree(ours, theirs, 'svg');
    }
  });

  it('selects what jsdom selects, for every selector the slide tests use', () => {
    // a small slide (jsdom's queries over a map take ~50 ms each), and a made tree with every form of those selectors
    const made = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1 1" lang="en">
      <title>t</title><desc>d</desc><g data-role="legend"><text x="1">a</text><g data-legend-class="yes"><text>b</text></g></g>
      <g data-role="link-key"><text>k</text><g data-link-family="treaty"><line stroke="#e69f00"/><text>f</text></g></g>
      <g data-role="network"><line data-edge-family="treaty"/><line/><g><line data-edge-family="x"/></g>
        <path data-node-id="FRA" stroke="#e69f00" d="M0 0"/><path data-node-id="DEU" stroke="#000"/><circle data-in-bloc="true"/></g>
      <g data-role="record"><g data-source="s1"><title>src</title><text>r</text></g></g><g data-role="sources" data-source="s2"><text>s</text></g>
      <g class="map-bloc-outline other"><path xlink:href="#a"/></g><g class="map-bloc"><pattern/></g>
      <g data-role="table"><g data-row="DEU" data-iso3="DEU"><text>Germany</text></g><text data-column="1">c</text></g>
      <g data-role="network-outline" data-bloc="eu"/><g data-role="network-outline" data-bloc="au"/><script>1</script></svg>`;
    let found = 0;
    for (const svg of [made, slide('?lens=unga-74-247&f=budapest:party', 'table')]) {
      const ours = parseTestXml(svg);
      const theirs = jsdomParse(svg);
      for (const s of SELECTORS) {
        const a = ours.querySelectorAll(s);
        const b = [...theirs.querySelectorAll(s)];
        expect(a.map(signature), s).toEqual(b.map(signature));
        expect(ours.querySelector(s) && signature(ours.querySelector(s)!), s).toBe(theirs.querySelector(s) && signature(theirs.querySelector(s)!));
        a.forEach((e, i) => expect(e.closest('[data-source]')?.getAttribute('data-source'), s).toBe(b[i].closest('[data-source]')?.getAttribute('data-source')));
        found += a.length;
      }
      expect(ours.getElementsByTagName('text').map(signature)).toEqual([...theirs.getElementsByTagName('text')].map(signature));
    }
    expect(found).toBeGreaterThan(200);
  });

  it('refuses malformed XML as jsdom does, and a selector it cannot read', () => {
    for (const bad of ['<svg><g></svg>', '<svg a="1" a="2"/>', '<svg>&nbsp;</svg>', '<svg><x:y/></svg>', '<svg>\u0001</svg>', '<svg/><svg/>']) {
      expect(jsdomParse(bad).getElementsByTagName('parsererror').length, bad).toBe(1);
      expect(() => parseTestXml(bad), bad).toThrow();
    }
    const d = parseTestXml('<svg xmlns="http://www.w3.org/2000/svg"><g data-role="a"><text>x</text></g></svg>');
    for (const s of ['g:first-child', 'text + text', 'g ~ g', '[data-role^="a"]', 'text,', '> text']) expect(() => d.querySelectorAll(s), s).toThrow(/not supported/);
  });
});
