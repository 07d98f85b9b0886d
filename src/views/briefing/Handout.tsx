// The printed handout: one A4 landscape page per step (or one for the current view), each with the slide as drawn
// on the stage (so the network is there when the step shows it), the list of matching states for a filter and
// every source behind the page with its address. Rendered only while printing; the page itself is hidden in print.
// Each page is in its own step's language (a deck may mix them); printing waits until all their messages are here.
import { useLayoutEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Atlas } from '../../data/atlas';
import type { Sources } from '../../data/sourceTexts';
import type { Deck } from '../../briefing/deck';
import { formatMessage } from '../../i18n/catalogue';
import { nameOf } from '../../i18n/names';
import { useCataloguesReady } from '../../i18n/useI18n';
import { pageBase } from '../../briefing/deckParam';
import { searchFromView } from '../../store/url';
import type { View } from '../../store/appStore';
import { SvgHost } from './SlideStage';
import { cleanView, slideSvg, stepModel } from './slides';

export interface HandoutProps { atlas: Atlas; sources: Sources | null; deck: Deck | null; view: View; onDone: () => void }

export function Handout({ atlas, sources, deck, view, onDone }: HandoutProps) {
  const items = useMemo(() => (deck?.steps.length ? deck.steps.map((s, i) => ({ step: s, view: s.view, i })) : [{ step: null, view, i: 0 }]), [deck, view]);
  const ready = useCataloguesReady(items.map((it) => it.view.lang));
  const pages = useMemo(() => {
    if (!ready) return [];
    return items.map(({ step, view: v, i }) => {
      const model = stepModel(atlas, sources, v, step, deck?.steps.length ? i + 1 : undefined, deck?.steps.length || undefined);
      return { key: step?.id ?? 'view', model, svg: slideSvg(atlas, model, { idPrefix: `h${i}` }), link: `${pageBase()}${searchFromView(cleanView(atlas, v))}` };
    });
  }, [ready, atlas, sources, deck, items]);

  // Print once the pages are in the document; leave when the print dialog closes.
  useLayoutEffect(() => {
    if (!ready) return;
    document.documentElement.classList.add('printing-handout');
    const done = () => { document.documentElement.classList.remove('printing-handout'); onDone(); };
    window.addEventListener('afterprint', done, { once: true });
    const t = setTimeout(() => window.print(), 0);
    return () => { clearTimeout(t); window.removeEventListener('afterprint', done); document.documentElement.classList.remove('printing-handout'); };
  }, [ready, onDone]);

  return createPortal(
    <div className="handout">
      {pages.map(({ key, model, svg, link }) => (
        <article key={key} className="handout-page" lang={model.lang} dir={model.dir}>
          <SvgHost svg={svg} lang={model.lang} className="handout-slide" />
          {model.matching && (
            <section>
              <h3>{formatMessage(model.lang, 'handout.matching', { count: model.matching.length })}</h3>
              <ul className="handout-states">{model.matching.map((id) => <li key={id}>{nameOf(atlas, id, model.lang)}</li>)}</ul>
            </section>
          )}
          <section>
            <h3>{formatMessage(model.lang, 'handout.sources')}</h3>
            {/* source titles are data, in English */}
            <ol className="handout-sources" lang="en" dir="ltr">{model.citations.map((c) => <li key={c.id}>{c.title} — <span className="handout-url">{c.url}</span></li>)}</ol>
            {/* the titles not loaded: the slide's own line, that says so and lists the ids */}
            {model.sourceIds.length > 0 && <p>{model.sourceLine}</p>}
          </section>
          <p className="handout-link">{formatMessage(model.lang, 'handout.view', { link: '' })}<span dir="ltr">{link}</span></p>
        </article>
      ))}
    </div>,
    document.body,
  );
}
