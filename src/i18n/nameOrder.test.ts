// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../tests/unit/dataFixture';
import { sortByEnglishName } from './nameOrder';

describe('sortByEnglishName', () => {
  it('puts every name of the dataset in the order Intl.Collator("en") puts them', () => {
    const names = [...bundled.countries.map((c) => c.name), ...bundled.nodes.map((n) => n.label)];
    const collator = new Intl.Collator('en');
    expect(sortByEnglishName(names, (n) => n)).toEqual([...names].sort(collator.compare));
  });

  it('orders accents and case at the first level, as a collator does', () => {
    expect(sortByEnglishName(['Zambia', 'Åland Islands', 'albania', 'Türkiye', 'Tuvalu', 'Côte d’Ivoire', 'Cuba'], (n) => n))
      .toEqual(['Åland Islands', 'albania', 'Côte d’Ivoire', 'Cuba', 'Türkiye', 'Tuvalu', 'Zambia']);
  });
});
