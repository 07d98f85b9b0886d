// The header's slot for the briefing toolbar and the page's slot for the presentation layer (Layout.tsx). A module of
// their own so that a test of how they wait for the later messages (firstViewMessages.test) draws them without the
// whole page.
import { useI18n } from '../i18n/useI18n';
import { withLaterMessages } from '../i18n/laterMessages';
import { useAfterFirstFrame } from './useAfterFirstFrame';
import { useLoaded } from '../lib/useLoaded';

// The briefing tools (deck store, presentation mode, the toolbar's menu) are not needed to draw the first view: they
// are asked for after its first frame (calling a lazy chunk's loader, with its preload links, cost ~4–10 ms of the
// first render), load in a chunk of their own, and appear when it arrives.
// The toolbar shows once the saved deck is read, so its "Deck (n)" is never a passing "Deck (0)".
const loadToolbar = () => Promise.all([
  withLaterMessages(import('../views/briefing/BriefingToolbar')),
  import('../briefing/deckStore').then((m) => m.deckReady).catch(() => undefined),
]).then(([m]) => m.BriefingToolbar);
/** The toolbar's room while it loads, invisible and hidden from assistive technology, so the header does not shift
 *  when the toolbar arrives. */
function ToolbarRoom() {
  const { t } = useI18n();
  return (
    <div className="briefing-toolbar" aria-hidden="true" style={{ visibility: 'hidden' }}>
      <button type="button" tabIndex={-1}>{t('brief.copyLink')}</button>
      <button type="button" tabIndex={-1}>{t('brief.deck', { count: 0 })}</button>
      <button type="button" tabIndex={-1}>{t('brief.present')}</button>
      <button type="button" tabIndex={-1}>{t('brief.export')}</button>
    </div>
  );
}
const loadPresentation = () => withLaterMessages(import('../views/briefing/PresentationLayer')).then((m) => m.PresentationLayer);
/** The toolbar's room, and the toolbar itself from the task after the first frame. */
export function BriefingTools() {
  const BriefingToolbar = useLoaded(loadToolbar, useAfterFirstFrame());
  return BriefingToolbar ? <BriefingToolbar /> : <ToolbarRoom />;
}
export function Presentation() {
  const PresentationLayer = useLoaded(loadPresentation, useAfterFirstFrame());
  return PresentationLayer ? <PresentationLayer /> : null;
}
