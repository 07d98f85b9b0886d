import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';
import { byId, countStatus, dataset, graphNodes, legendCounts, mapMarks, marks, waitParam } from '../lib/app.mjs';

const LENSES = ['budapest', 'budapest-p1', 'budapest-p2', 'un-convention', 'unga-74-247', 'unga-73-187'];

for (const lens of LENSES) {
  test(`lens ${lens}: picked in the UI, map counts = legend counts = dataset counts`, async ({ open }) => {
    const page = await open('/');
    await marks(page);
    await page.getByLabel('Colour the map by').selectOption(lens);
    await page.waitForFunction((l) => new URL(location.href).searchParams.get('lens') === l || (l === 'budapest' && !location.search.includes('lens=')), lens);
    if (lens !== 'budapest') assert.equal(await waitParam(page, 'lens', lens), lens);
    const want = dataset().counts[lens];
    // Let React commit the new statuses.
    await page.waitForFunction(([w]) => {
      const seen = new Map();
      for (const e of document.querySelectorAll('.view-map [data-iso3]')) if (!seen.has(e.dataset.iso3)) seen.set(e.dataset.iso3, e.dataset.status);
      const c = {};
      for (const s of seen.values()) c[s] = (c[s] ?? 0) + 1;
      return Object.entries(w).every(([k, v]) => (c[k] ?? 0) === v);
    }, [want], { timeout: 5000 }).catch(() => {});
    const map = await mapMarks(page);
    const onMap = countStatus(map);
    const first = byId(map);
    const problems = []; // gathered, so one run shows every disagreement
    const missing = Object.keys(dataset().names).filter((id) => !first.has(id));
    if (missing.length) problems.push(`not on the map: ${missing.map((id) => `${id} (${dataset().status[lens][id]})`).join(', ')}`);
    for (const [cls, n] of Object.entries(want)) if ((onMap[cls] ?? 0) !== n) problems.push(`map count of "${cls}": ${onMap[cls] ?? 0}, dataset ${n}`);
    // Each country's colour class is the dataset's, and every mark of one country (shape and marker) agrees.
    for (const m of map) {
      if (m.status !== dataset().status[lens][m.id]) problems.push(`${m.id} is "${m.status}", dataset "${dataset().status[lens][m.id]}"`);
      if (m.status !== first.get(m.id).status) problems.push(`marks of ${m.id} disagree`);
    }
    const legend = await legendCounts(page);
    for (const [cls, n] of Object.entries(want))
      if (!(n === 0 && !(cls in legend)) && legend[cls] !== n) problems.push(`legend count of "${cls}": ${legend[cls]}, dataset ${n}`);
    if (lens === 'unga-74-247' && String([onMap.yes, onMap.no, onMap.abstain, onMap.absent]) !== '79,60,33,21')
      problems.push(`74/247 yes/no/abstain/absent on the map: ${[onMap.yes, onMap.no, onMap.abstain, onMap.absent]}, expected 79/60/33/21`);
    // The graph colours countries by the same lens.
    const nodes = byId(await graphNodes(page));
    for (const iso of ['KOR', 'USA', 'BIH', 'RUS', 'CHN'])
      if (nodes.has(iso) && nodes.get(iso).status !== first.get(iso).status) problems.push(`graph node ${iso} is "${nodes.get(iso).status}"`);
    assert.deepEqual(problems, [], `under ${lens}:\n  ${problems.join('\n  ')}`);
  });
}
