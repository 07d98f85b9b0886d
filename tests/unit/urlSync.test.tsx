import { render } from '@testing-library/react';
import { atlas } from '../../src/views/map/testAtlas';
import { DEFAULT_VIEW, useAppStore } from '../../src/store/appStore';
import { atlasArrived, useUrlSync } from '../../src/store/useUrlSync';

function Sync() { useUrlSync(atlas); return null; }
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 5)));

describe('address sync', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/?lens=unga-74-247&sel=KOR&bogus=1');
    useAppStore.setState({ ...DEFAULT_VIEW, viewReady: false, notices: [] });
  });

  it('restores the linked view in one update once the atlas is here and never adds a history entry on load', async () => {
    const before = history.length;
    const updates: string[] = [];
    const off = useAppStore.subscribe((s) => updates.push(`${s.viewReady ? 'ready' : '-'} ${s.lens} ${s.sel}`));
    atlasArrived(atlas);
    off();
    expect(updates).toEqual(['ready unga-74-247 KOR']);
    render(<Sync />);
    await painted();
    expect(location.search).toBe('?lens=unga-74-247&sel=KOR');
    expect(history.length).toBe(before);
  });

  it('writes a view change after the frame is painted, not during the event', async () => {
    atlasArrived(atlas);
    render(<Sync />);
    const before = history.length;
    useAppStore.getState().entitySelected('FRA');
    expect(location.search).toBe('?lens=unga-74-247&sel=KOR');
    await painted();
    expect(location.search).toBe('?lens=unga-74-247&sel=FRA');
    expect(history.length).toBe(before + 1);
    // a burst (a gesture) makes one entry
    useAppStore.getState().lensChosen('budapest');
    useAppStore.getState().entitySelected('DEU');
    await painted();
    expect(location.search).toBe('?sel=DEU');
    expect(history.length).toBe(before + 1);
  });
});
