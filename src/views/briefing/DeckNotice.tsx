// What went wrong with the deck saved in this browser, said where it is seen even with the deck closed: an edit
// that could not be saved, or a saved deck that could not be read (with its kept-aside copy to download).
import { useDeckStore } from '../../briefing/deckStore';
import { download } from '../../lib/download';
import { useI18n } from '../../i18n/useI18n';

export function DeckNotice() {
  const { t } = useI18n();
  const notice = useDeckStore((s) => s.notice);
  const copy = useDeckStore((s) => s.kept.at(-1));
  if (!notice) return null;
  return (
    <div className="deck-offer deck-notice" role="alert">
      <span>{notice.text}</span>
      {notice.kind === 'unreadable' && copy && (
        <button type="button" onClick={() => {
          download(new Blob([copy.text], { type: 'application/json' }), `unreadable-deck-${copy.found.slice(0, 10)}.json`);
          useDeckStore.getState().keptDownloaded(copy);
        }}>{t('deck.downloadUnreadable')}</button>
      )}
      <button type="button" onClick={() => useDeckStore.getState().noticeDismissed()}>{t('deck.dismiss')}</button>
    </div>
  );
}
