import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildSearchIndex, search } from '../../data/search';
import { shiftInside } from '../../lib/insideScreen';
import { kindLabel } from '../../i18n/entityWords';
import type { CatalogueNames } from '../../i18n/names';
import { useAppStore } from '../../store/appStore';
import { useAtlas } from '../../data/useAtlas';
import { useI18n } from '../../i18n/useI18n';
import './explore.css';

const isTyping = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement | null)?.isContentEditable;

/** One box for countries, organisations and instruments (ARIA combobox with a listbox); "/" focuses it. */
export function SearchBox() {
  const atlas = useAtlas();
  const i18n = useI18n();
  const select = useAppStore((s) => s.entitySelected);
  const lang = useAppStore((s) => s.lang);
  const [query, setQuery] = useState('');
  // the nodes' and blocs' names in all six languages: a small chunk asked for when the box is first used, so that
  // «Интерпол» finds INTERPOL on any page without the other catalogues in the first load (until it arrives, or if it
  // cannot, the names of the catalogues loaded are searched)
  const [more, setMore] = useState<CatalogueNames | null>(null);
  const wantNames = () => { if (!more) import('virtual:search-names').then((m) => setMore(m.default), () => {}); };
  // built when something is typed, not in the first view's render (about 9 ms)
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex(atlas, lang, more) : null), [atlas, lang, searching, more]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(() => (index ? search(index, query) : []), [index, query]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(document.activeElement)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    select(hit.id);
    setQuery(hit.label);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => (hits.length ? (a + 1) % hits.length : 0)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setOpen(true); setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0)); }
    else if (e.key === 'Enter') { if (open && hits.length) { e.preventDefault(); choose(active); } }
    else if (e.key === 'Escape') { if (open) { e.preventDefault(); setOpen(false); } else setQuery(''); }
  };

  const expanded = open && query.trim() !== '';
  // The results open under the box, from its start, 320 px wide: where the box sits near the window's end (Russian at
  // 1024×768, its long lens name pushing it right) they ran past the window and cut each result's kind. Moved back
  // inside by what overflows (toward the start: left in English, right in Arabic), never past the window's start.
  const list = useRef<HTMLUListElement>(null);
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul || !expanded) return;
    const r = ul.getBoundingClientRect();
    const rtl = getComputedStyle(ul).direction === 'rtl';
    // where the list would be unshifted (a negative inline-start margin moves it toward its start, never its end)
    const left = rtl ? r.left - shift : r.left + shift;
    const dx = shiftInside(left, left + r.width, document.documentElement.clientWidth, 4, rtl);
    const s = Math.round(Math.max(0, rtl ? dx : -dx));
    if (s !== shift) setShift(s);
  }, [expanded, hits.length, shift]);
  return (
    <div className="search">
      <input ref={input} type="search" role="combobox" aria-label={i18n.t('search.aria')}
        placeholder={i18n.t('search.placeholder')} value={query} autoComplete="off" spellCheck={false}
        aria-expanded={expanded} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        onChange={(e) => { wantNames(); setQuery(e.target.value); setOpen(true); setActive(0); }}
        onKeyDown={onKeyDown} onFocus={() => { wantNames(); setOpen(true); }} onBlur={() => setOpen(false)} />
      <ul role="listbox" id={listId} aria-label={i18n.t('search.resultsAria')} className="search-results" hidden={!expanded}
        ref={list} style={shift ? { marginInlineStart: -shift } : undefined}>
        {expanded && hits.length === 0 && <li className="none" role="option" aria-selected={false} aria-disabled="true">{i18n.t('search.noMatch')}</li>}
        {expanded && hits.map((h, i) => (
          <li key={h.id} id={`${listId}-${i}`} role="option" aria-selected={i === active}
            onMouseDown={(e) => { e.preventDefault(); choose(i); }} onMouseEnter={() => setActive(i)}>
            <span className="hit-label">{h.label}</span>
            <span className="hit-meta">{h.kind === 'country' ? h.id : kindLabel(h.kind, i18n.lang)}</span>
            {h.matched && <span className="hit-matched" dir="auto">“{h.matched}”</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
