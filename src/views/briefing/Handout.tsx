// The printed handout: one A4 landscape page per step (or one for the current view), each with the slide as drawn
// on the stage (so the network is there when the step shows it), the list of matching states for a filter and
// every source behind the page with its address. Rendered only while printing; the page itself is hidden in print.
import { useLayoutEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Atlas } from '../../data/atlas';
import type { Deck } from '../../briefing/deck';
import { S } from '../../briefing/slideStrings';
import { pageBase } from '../../briefing/deckParam';
import { searchFromView } from '../../store/url';
import type { View } from '../../store/appStore';
import { SvgHost } from './SlideStage';
import { cleanView, slideSvg, stepModel } from './slides';

export interface HandoutProps { atlas: Atlas; deck: Deck | null; view: View; onDone: () => void }

export function Handout({ atlas, deck, view, onDone }: HandoutProps) {
  const pages = useMemo(() => {
    const items = deck?.steps.length ? deck.steps.map((s, i) => ({ step: s, view: s.view, i })) : [{ step: null, view, i: 0 }];
    return items.map(({ step, view: v, i }) => {
      const model = stepModel(atlas, v, step, deck?.steps.length ? i + 1 : undefined, deck?.steps.length || undefined);
      return { key: step?.id ?? 'view', model, svg: slideSvg(atlas, model, { idPrefix: `h${i}` }), link: `${pageBase()}${searchFromView(cleanView(atlas, v))}` };
    });
  }, [atlas, deck, view]);

  // Print once the pages are in the document; leave when the print dialog closes.
  useLayoutEffect(() => {
    document.documentElement.classList.add('printing-handout');
    const done = () => { document.documentElement.classList.remove('printing-handout'); onDone(); };
    window.addEventListener('afterprint', done, { once: true });
    const t = setTimeout(() => window.print(), 0);
    return () => { clearTimeout(t); window.removeEventListener('afterprint', done); document.documentElement.classList.remove('printing-handout'); };
  }, [onDone]);

  return createPortal(
    <div className="handout">
      {pages.map(({ key, model, svg, link }) => (
        <article key={key} className="handout-page">
          <SvgHost svg={svg} className="handout-slide" />
          {model.matching && (
            <section>
              <h3>{S.handout.matching(model.matching.length)}</h3>
              <ul className="handout-states">{model.matching.map((id) => <li key={id}>{atlas.countryById.get(id)?.name ?? id}</li>)}</ul>
            </section>
          )}
          <section>
            <h3>{S.handout.sourcesFull}</h3>
            <ol className="handout-sources">{model.citations.map((c) => <li key={c.id}>{c.title} — <span className="handout-url">{c.url}</span></li>)}</ol>
          </section>
          <p className="handout-link">{S.handout.view}: {link}</p>
        </article>
      ))}
    </div>,
    document.body,
  );
}
