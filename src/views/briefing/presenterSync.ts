// The audience window and the presenter view keep each other in step. The audience window owns the step: the
// presenter asks it to go somewhere ('go') and both show what it then announces ('state'). Messages travel by
// BroadcastChannel and, where that is missing (some browsers on file://), by postMessage between the window and
// the one it opened; each message has an id, so one that arrives both ways is handled once.
import type { Deck } from '../../briefing/deck';
import { pageBase } from '../../briefing/deckParam';
import { useDeckStore } from '../../briefing/deckStore';
import { useAppStore } from '../../store/appStore';
import { goToStep } from './presenting';
import type { Atlas } from '../../data/atlas';

const TAG = 'atlas-presenter-v1';
export const PRESENTER_HASH = '#presenter';

export type SyncMessage =
  | { kind: 'state'; step: number | null; deck: Deck }
  | { kind: 'go'; step: number }
  | { kind: 'hello' };
type Envelope = { tag: typeof TAG; id: string; msg: SyncMessage };

let child: Window | null = null;

export interface Link { post: (m: SyncMessage) => void; close: () => void; /** which transports are open */ via: string[] }

export function openLink(onMessage: (m: SyncMessage) => void): Link {
  const seen: string[] = [];
  const receive = (data: unknown) => {
    const e = data as Envelope | null;
    if (!e || e.tag !== TAG || typeof e.id !== 'string' || seen.includes(e.id)) return;
    seen.push(e.id);
    if (seen.length > 100) seen.shift();
    onMessage(e.msg);
  };
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(TAG);
    channel.onmessage = (e) => receive(e.data);
  } catch { channel = null; /* not available here: postMessage alone */ }
  const peers = () => [window.opener as Window | null, child].filter((w): w is Window => !!w && !w.closed && w !== window);
  const onWindow = (e: MessageEvent) => { if (peers().includes(e.source as Window)) receive(e.data); };
  window.addEventListener('message', onWindow);
  // a file:// page's origin is opaque ("null" to the recipient, whatever location.origin says): postMessage cannot
  // name it, so there the message goes to the one window we hold, whatever its origin
  const target = window.location.protocol === 'file:' || window.location.origin === 'null' ? '*' : window.location.origin;
  return {
    via: [channel ? 'BroadcastChannel' : '', 'postMessage'].filter(Boolean),
    post: (msg) => {
      const env: Envelope = { tag: TAG, id: Math.random().toString(36).slice(2), msg };
      channel?.postMessage(env);
      for (const w of peers()) { try { w.postMessage(env, target); } catch { /* closed meanwhile */ } }
    },
    close: () => { channel?.close(); window.removeEventListener('message', onWindow); },
  };
}

/** In the audience window while presenting: announce every step change, follow the presenter's requests. */
export function startAudienceSync(atlas: Atlas): () => void {
  const announce = () => link.post({ kind: 'state', step: useAppStore.getState().step, deck: useDeckStore.getState().deck });
  const link = openLink((m) => {
    if (m.kind === 'go') goToStep(atlas, m.step);
    else if (m.kind === 'hello') announce();
  });
  const unsubscribe = useAppStore.subscribe((s, prev) => { if (s.step !== prev.step) announce(); });
  announce();
  return () => { unsubscribe(); link.post({ kind: 'state', step: null, deck: useDeckStore.getState().deck }); link.close(); };
}

export function openPresenterView(): void {
  if (child && !child.closed) { child.focus(); return; }
  child = window.open(`${pageBase()}${PRESENTER_HASH}`, 'atlas-presenter');
}
