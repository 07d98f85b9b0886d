import { screen } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import { beforeEach, describe, expect, it } from 'vitest';
import { normaliseDataset } from '../../data/atlas';
import { sampledDataset } from '../../data/testAtlas';
import { FAMILIES_OFF_BY_DEFAULT } from '../../graph/model';
import { DEFAULT_VIEW } from '../../store/appStore';
import { GraphView } from './GraphView';

// A network the shipped layout was not computed for: its layout is computed after the first paint (here, without
// Worker in jsdom, by the main-thread fallback), and the panel says so meanwhile instead of staying blank.
const atlas = normaliseDataset(sampledDataset(6));

beforeEach(() => {
  seedView(atlas, { ...DEFAULT_VIEW, hover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, notices: [] });
});

describe('graph layout not shipped', () => {
  it('says it is arranging the network, then draws it', async () => {
    const { container } = render(<GraphView />);
    expect(screen.getByRole('status')).toHaveTextContent('Arranging the network…');
    expect(container.querySelector('[data-node-id]')).toBeNull();
    expect(await screen.findByRole('group', { name: /^Cooperation network: \d+ nodes/ })).toBeInTheDocument();
    expect(container.querySelector('[data-node-id="europol"]')).not.toBeNull();
    expect(screen.queryByText('Arranging the network…')).toBeNull();
  });
});
