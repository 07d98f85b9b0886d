import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { render, seedAtlas } from '../../testing/dataset';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAtlas, testSources } from '../../data/testAtlas';
import { useDeckStore } from '../../briefing/deckStore';
import { threeStepDeck } from '../../briefing/testViews';
import { PresenterView } from './PresenterView';
import type { SyncMessage } from './presenterSync';

// The worker's one atlas of the bundled dataset (its checks: openDataset.test, dataCheck.test): a fresh one per file
// also drew its own map geometry, for the slides, and ran the schema check again (~0.2–0.7 s of CPU a file).
const atlas = testAtlas();
const TAG = 'atlas-presenter-v1';

describe('PresenterView', () => {
  let audience: BroadcastChannel;
  const heard: SyncMessage[] = [];
  const say = (msg: SyncMessage) => audience.postMessage({ tag: TAG, id: Math.random().toString(36).slice(2), msg });
  const asked = () => heard.flatMap((m) => (m.kind === 'go' ? [m.step] : []));

  beforeEach(() => {
    seedAtlas(atlas);
    useDeckStore.getState().deckReplaced(threeStepDeck());
    heard.length = 0;
    // the audience window's end of the channel
    audience = new BroadcastChannel(TAG);
    audience.onmessage = (e: MessageEvent) => heard.push((e.data as { msg: SyncMessage }).msg);
  });
  afterEach(() => audience.close());

  it('two quick presses of the clicker ask for two steps, even before the audience window has moved', async () => {
    render(<PresenterView atlas={atlas} sources={testSources()} unreachable={false} />);
    await waitFor(() => expect(heard.some((m) => m.kind === 'hello')).toBe(true));
    say({ kind: 'state', step: 1, deck: threeStepDeck() });
    expect(await screen.findByText('Step 1 of 3')).toBeInTheDocument();
    // the audience is busy (drawing a slide) and answers neither press before the second
    act(() => { fireEvent.keyDown(window, { key: 'ArrowRight' }); });
    act(() => { fireEvent.keyDown(window, { key: 'ArrowRight' }); });
    await waitFor(() => expect(asked()).toEqual([2, 3]));
    // once it shows step 3, the next press moves on from what it shows; at the end it stays at the last step
    say({ kind: 'state', step: 2, deck: threeStepDeck() });
    say({ kind: 'state', step: 3, deck: threeStepDeck() });
    expect(await screen.findByText('Step 3 of 3')).toBeInTheDocument();
    act(() => { fireEvent.keyDown(window, { key: 'ArrowLeft' }); });
    await waitFor(() => expect(asked()).toEqual([2, 3, 2]));
  });
});
