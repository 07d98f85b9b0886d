// @vitest-environment node
// Chinese typography where code joins a label to its value: the full-width colon "：" (its space is in the character,
// as the Chinese catalogue writes it), never ": ". Before, the map marks' names, the tooltip, the time chart's legend,
// the slides' record rows and the .pptx joined Chinese words with ": ".
import { beforeAll, describe, expect, it } from 'vitest';
import { labelSep } from './langs';
import { loadCatalogue } from './catalogue';
import { nameOf } from './names';
import { testAtlas } from '../data/testAtlas';
import { statusAt } from '../data/lenses';
import { markLabel } from '../views/map/describe';

const atlas = testAtlas();

describe('Chinese label separator', () => {
  beforeAll(() => loadCatalogue('zh'));

  it('is the full-width colon, with no space after it', () => {
    expect(labelSep('zh')).toBe('：');
  });

  it("joins a map mark's name to its status with it", () => {
    const label = markLabel(atlas, 'budapest', 'JPN', statusAt(atlas, 'budapest', 'JPN', atlas.asOf), 'zh');
    expect(label.startsWith(`${nameOf(atlas, 'JPN', 'zh')}：`)).toBe(true);
    expect(label).not.toMatch(/: /);
  });
});
