// The deck editor: add the current view, edit words, reorder with buttons (keyboard friendly), delete, go to a
// step, and move the deck in and out as a JSON file or a link.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Atlas } from '../../data/atlas';
import { pickView, useAppStore } from '../../store/appStore';
import { useAtlas, useSources } from '../../data/useAtlas';
import { nameOf } from '../../i18n/names';
import { describeFiltersIn } from '../../i18n/filterWords';
import { lensLabel, lensShort } from '../../i18n/terms';
import type { Lang } from '../../i18n/langs';
import { importDeckJson, useDeckStore, type KeptCopy } from '../../briefing/deckStore';
import { serialiseDeck } from '../../briefing/deckSchema';
import { deckLink, pageBase, SAFE_LINK_CHARS } from '../../briefing/deckLink';
import { DECK_LIMITS, EMPTY_DECK, type Step } from '../../briefing/deck';
import { isEmptyFilter } from '../../data/filters';
import { LAYOUT_IDS, isLayoutId } from '../../briefing/layouts';
import { defaultLayout } from '../../briefing/slideModel';
import { layoutName } from '../../briefing/slideStrings';
import { useCataloguesReady, useI18n } from '../../i18n/useI18n';
import { cleanView, slideSvg, stepModel } from './slides';
import { download } from '../../lib/download';
import { copyText } from './clipboard';
import { startPresentation } from './presenting';
import { applyView } from './applyView';
import { isolate } from '../../lib/notices';

interface Props { onClose: () => void; onStatus: (s: string) => void }

export function DeckDialog({ onClose, onStatus }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const deck = useDeckStore((s) => s.deck);
  const notice = useDeckStore((s) => s.notice);
  const kept = useDeckStore((s) => s.kept);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [refocus, setRefocus] = useState<{ id: string; action: string } | null>(null);
  const atlas = useAtlas();
  const { t, lang } = useI18n();

  useEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', ''); // older engines without modal dialogs
  }, []);

  // After a move the step's buttons are re-rendered in a new place: keep the keyboard focus on the moved step.
  useEffect(() => {
    if (!refocus) return;
    const row = ref.current?.querySelector(`[data-step-id="${CSS.escape(refocus.id)}"]`);
    const btn = row?.querySelector<HTMLButtonElement>(`[data-action="${CSS.escape(refocus.action)}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)');
    btn?.focus();
    setRefocus(null);
  }, [refocus, deck]);

  const addCurrent = () => {
    const view = pickView(useAppStore.getState());
    const r = useDeckStore.getState().stepAdded(view, lensLabel(view.lens, lang));
    setMessage(r.ok ? { text: t('deck.added'), error: false } : { text: r.error, error: true });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const r = await importDeckJson(await file.text(), (incoming, current) =>
      window.confirm(t('deck.replaceConfirm', { current: current.steps.length, title: isolate(incoming.title), incoming: incoming.steps.length })));
    if (!r.ok) setMessage({ text: t('deck.importFailed', { file: file.name, error: r.error }), error: true });
    else if (r.replaced) {
      setMessage(r.saved.ok
        ? { text: t('deck.imported', { title: isolate(r.deck.title), count: r.deck.steps.length }), error: false }
        : { text: `${t('deck.imported', { title: isolate(r.deck.title), count: r.deck.steps.length })} ${r.saved.error}`, error: true });
    } else setMessage(null); // not replaced (the user said no): an earlier file's refusal no longer applies
  };

  const copyDeckLink = async () => {
    const link = deckLink(pageBase(), deck);
    if (!link) { setMessage({ text: t('deck.tooBig'), error: true }); return; }
    const ok = await copyText(link);
    const long = link.length > SAFE_LINK_CHARS ? 'yes' : 'no';
    setMessage({ text: ok ? t('deck.linkCopied', { length: link.length, long }) : t('brief.copyThis', { href: link }), error: false });
  };

  const close = () => { ref.current?.close?.(); onClose(); };
  // Stable callbacks: a row re-renders only when its own step, place or count changes (a 100-step deck stays quick).
  const onMoved = useCallback((id: string, action: string) => setRefocus({ id, action }), []);
  const onGo = useCallback((s: Step, i: number) => { applyView(atlas, s.view, null); onStatus(t('deck.showing', { n: i + 1, title: isolate(s.title) })); }, [atlas, onStatus, t]);

  return (
    <dialog ref={ref} className="deck-dialog" aria-labelledby="deck-dialog-title" onClose={onClose} onCancel={onClose}>
      <header className="deck-dialog-head">
        <h2 id="deck-dialog-title">{t('deck.title')}</h2>
        <button type="button" onClick={close} aria-label={t('deck.close')}>×</button>
      </header>
      <label className="deck-title">
        {t('deck.deckTitle')}{' '}
        {/* a deck nobody named keeps the stored default ("Briefing"); the field shows the page language's word for it,
            greyed, instead of an English word in a Russian dialog */}
        <input value={deck.title === EMPTY_DECK.title ? '' : deck.title} placeholder={t('deck.untitled')} maxLength={DECK_LIMITS.title}
          onChange={(e) => useDeckStore.getState().deckRenamed(e.target.value)} />
      </label>
      <div className="deck-actions">
        <button type="button" onClick={addCurrent} disabled={deck.steps.length >= DECK_LIMITS.steps}
          title={deck.steps.length >= DECK_LIMITS.steps ? t('deck.full', { max: DECK_LIMITS.steps }) : undefined}>{t('deck.add')}</button>
        <button type="button" disabled={!deck.steps.length} onClick={() => { close(); startPresentation(atlas, 1); }}>{t('brief.present')}</button>
      </div>
      {deck.steps.length === 0 ? (
        <p className="deck-empty">{t('deck.empty')}</p>
      ) : (
        <ol className="deck-steps">
          {deck.steps.map((s, i) => (
            <StepRow key={s.id} step={s} index={i} isLast={i === deck.steps.length - 1} onMoved={onMoved} onGo={onGo} />
          ))}
        </ol>
      )}
      <div className="deck-io">
        <button type="button" disabled={!deck.steps.length}
          onClick={() => download(new Blob([serialiseDeck(deck)], { type: 'application/json' }), 'briefing-deck.json')}>
          {t('deck.exportJson')}
        </button>
        <label className="deck-import">
          {t('deck.importJson')}
          <input type="file" accept="application/json,.json" onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
        <button type="button" disabled={!deck.steps.length} onClick={copyDeckLink}>{t('deck.copyLink')}</button>
      </div>
      {message && <p className={message.error ? 'deck-message deck-error' : 'deck-message'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      {notice && notice.text !== message?.text && <p className="deck-message deck-error" role="alert">{notice.text}</p>}
      {kept.length > 0 && <KeptCopies kept={kept} />}
    </dialog>
  );
}

interface RowProps { step: Step; index: number; isLast: boolean; onMoved: (id: string, action: string) => void; onGo: (step: Step, index: number) => void }
const StepRow = memo(function StepRow({ step, index, isLast, onMoved, onGo }: RowProps) {
  const atlas = useAtlas();
  const { lang, t, date } = useI18n();
  const { stepEdited, stepMoved, stepDeleted } = useDeckStore.getState();
  const n = index + 1;
  const v = step.view;
  const summary = [lensShort(v.lens, lang), date(v.t ?? atlas.asOf), isEmptyFilter(v.filters) ? '' : describeFiltersIn(atlas, v.filters, lang), v.sel ? nameOf(atlas, v.sel, lang) : ''].filter(Boolean).join(' · ');
  const auto = useMemo(() => defaultLayout(atlas, cleanView(atlas, v)), [atlas, v]);
  const countryOptions = useMemo(() => countryOptionsOf(atlas, lang), [atlas, lang]);
  const pinTo = step.callout?.id ?? (v.sel && atlas.countryById.has(v.sel) ? v.sel : '');
  return (
    <li className="deck-step" data-step-id={step.id}>
      <div className="deck-step-head">
        <span className="deck-step-n">{n}</span>
        <span className="deck-step-summary">{summary}</span>
        <span className="deck-step-buttons">
          <button type="button" data-action="go" onClick={() => onGo(step, index)}>{t('deck.goTo')}</button>
          <button type="button" data-action="up" disabled={index === 0} aria-label={t('deck.moveUp', { n })}
            onClick={() => { stepMoved(step.id, -1); onMoved(step.id, 'up'); }}>↑</button>
          <button type="button" data-action="down" disabled={isLast} aria-label={t('deck.moveDown', { n })}
            onClick={() => { stepMoved(step.id, 1); onMoved(step.id, 'down'); }}>↓</button>
          <button type="button" data-action="delete" aria-label={t('deck.deleteStep', { n })}
            onClick={() => { if (window.confirm(t('deck.deleteConfirm', { n, title: isolate(step.title) }))) stepDeleted(step.id); }}>{t('deck.delete')}</button>
        </span>
      </div>
      <div className="deck-step-main">
        <Thumbnail step={step} index={index} />
        <div className="deck-step-fields">
      <label>{t('deck.stepTitle')} <input value={step.title} maxLength={DECK_LIMITS.title} onChange={(e) => stepEdited(step.id, { title: e.target.value })} /></label>
      <label>{t('deck.layout')}
        <select value={step.layout ?? ''} onChange={(e) => stepEdited(step.id, { layout: isLayoutId(e.target.value) ? e.target.value : undefined })}>
          <option value="">{t('slide.layout.auto', { layout: layoutName(auto, lang) })}</option>
          {LAYOUT_IDS.map((l) => <option key={l} value={l}>{layoutName(l, lang)}</option>)}
        </select>
      </label>
        </div>
      </div>
      <label>{t('deck.caption')}
        <textarea rows={2} value={step.caption} maxLength={DECK_LIMITS.caption} onChange={(e) => stepEdited(step.id, { caption: e.target.value })} />
      </label>
      <div className="deck-callout">
        <label>{t('deck.calloutTo')}
          <select value={pinTo} onChange={(e) => stepEdited(step.id, { callout: e.target.value ? { id: e.target.value, text: step.callout?.text ?? '' } : undefined })}>
            <option value="">{t('deck.calloutNone')}</option>
            {countryOptions}
          </select>
        </label>
        <label>{t('deck.calloutText')}
          <input value={step.callout?.text ?? ''} maxLength={DECK_LIMITS.callout} disabled={!pinTo}
            onChange={(e) => stepEdited(step.id, { callout: e.target.value ? { id: pinTo, text: e.target.value } : undefined })} />
        </label>
      </div>
      <label>{t('deck.notes')}
        <textarea rows={2} value={step.notes} maxLength={DECK_LIMITS.notes} onChange={(e) => stepEdited(step.id, { notes: e.target.value })} />
      </label>
    </li>
  );
});

/** Saved decks that could not be read, kept aside untouched until the user has them. */
function KeptCopies({ kept }: { kept: KeptCopy[] }) {
  const { keptDownloaded, keptDeleted } = useDeckStore.getState();
  const { t } = useI18n();
  return (
    <section className="deck-kept" aria-label={t('deck.keptAria')}>
      <h3>{t('deck.keptAria')}</h3>
      <p>{t('deck.keptText')}</p>
      <ul>
        {kept.map((c) => (
          <li key={c.key ?? `memory:${c.found}`}>
            {t('deck.keptFound', { when: c.found.slice(0, 16).replace('T', ' '), length: c.text.length, memory: c.key === null ? 'yes' : 'no' })}{' '}
            <button type="button" onClick={() => { download(new Blob([c.text], { type: 'application/json' }), `unreadable-deck-${c.found.slice(0, 10)}.json`); keptDownloaded(c); }}>
              {t('deck.download')}
            </button>{' '}
            {c.key !== null && <button type="button" onClick={() => { if (window.confirm(t('deck.keptDeleteConfirm'))) keptDeleted(c); }}>{t('deck.delete')}</button>}
          </li>
        ))}
      </ul>
    </section>
  );
}

const optionCache = new WeakMap<Atlas, Map<Lang, ReactElement[]>>();
/** The countries as <option>s in a language, built once per dataset: the same elements in every row, so React skips them. */
function countryOptionsOf(atlas: Atlas, lang: Lang): ReactElement[] {
  let byLang = optionCache.get(atlas);
  if (!byLang) optionCache.set(atlas, (byLang = new Map()));
  let o = byLang.get(lang);
  if (!o) {
    o = atlas.countries.map((c) => ({ id: c.id, name: nameOf(atlas, c.id, lang) })).sort((a, b) => a.name.localeCompare(b.name, lang))
      .map((c) => <option key={c.id} value={c.id}>{c.name}</option>);
    byLang.set(lang, o);
  }
  return o;
}

/** The step's slide, small: drawn by the same renderer as the stage, as an image (no live DOM). Drawn after the
 *  dialog has opened, one at a time, so that a long deck opens at once. Without the "step n of N" line, unreadable
 *  at this size: adding or moving a step then redraws no other thumbnail. */
function Thumbnail({ step, index }: { step: Step; index: number }) {
  const atlas = useAtlas();
  const sources = useSources(atlas);
  const { t: tr } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  const drawn = useRef(false);
  const ready = useCataloguesReady([step.view.lang]);
  useEffect(() => {
    if (!ready) return;
    // redrawn once typing in the step's fields pauses, not at every key
    const t = setTimeout(() => {
      drawn.current = true;
      setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(slideSvg(atlas, stepModel(atlas, sources, step.view, step), { idPrefix: 'th' }))}`);
    }, drawn.current ? 600 : 30 * index);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the index only staggers the first drawing
  }, [ready, atlas, sources, step]);
  const alt = tr('slide.thumbAlt', { n: index + 1, title: step.title || tr('slide.untitled') });
  return src ? <img className="deck-thumb" src={src} width={224} height={126} alt={alt} /> : <span className="deck-thumb" role="img" aria-label={alt} />;
}
