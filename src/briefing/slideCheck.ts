// What the slide tests check (slideFloor.test, the sweeps of slideSweep.test). On a map + record slide: the card shows
// its own lens's row (the slide's fact for the State: its status and date) whole, and names on the card the first
// source of every row it shows. On a slide with a legend column or row: every class's entry is drawn (or named in the
// entry of the classes none of which is drawn), every note the map needs is drawn, and nothing in the legend or the key
// of links is cut, set under 20 units or drawn past its box. Test-only: nothing in the app imports it.
import type { Lang } from '../i18n/langs';
import { formatMessage } from '../i18n/catalogue';
import type { MapGeometry } from '../geo/mapGeometry';
import { MAP_HEIGHT, MAP_WIDTH } from '../geo/projection';
import { mapLabelsDropped } from './mapPicture';
import { cardRows, cardSources, type SlideFrame } from './renderSlide';
import type { SlideModel } from './slideModel';
import { MIN_READABLE } from './textFit';

/** A step title that takes two lines of the slide in each language (a presenter's own words, not the default title). */
export const CROWDED_TITLE: Record<Lang, string> = {
  en: 'The Budapest Convention on Cybercrime: its Parties and their cooperation on electronic evidence across borders',
  fr: 'La Convention de Budapest sur la cybercriminalité : ses Parties et leur coopération sur les preuves électroniques',
  es: 'El Convenio de Budapest sobre la Ciberdelincuencia: sus Partes y su cooperación en materia de pruebas electrónicas',
  ru: 'Будапештская конвенция о киберпреступности: государства-участники и их сотрудничество по электронным доказательствам',
  ar: 'اتفاقية بودابست بشأن الجريمة الإلكترونية: الدول الأطراف فيها وتعاونها في مجال الأدلة الإلكترونية عبر الحدود الوطنية',
  zh: '《布达佩斯网络犯罪公约》：缔约国及其在电子证据方面的跨境合作，以及联合国新公约的签署情况和各国在大会中的投票记录与立场',
};
/** A caption that takes two lines in each language. */
export const CROWDED_CAPTION: Record<Lang, string> = {
  en: 'A caption long enough to take two lines of the slide, which leaves the record card less room than it would like to have for its sources.',
  fr: 'Une légende assez longue pour occuper deux lignes de la diapositive, qui laisse à la fiche moins de place qu’elle n’en voudrait pour ses sources.',
  es: 'Un pie de foto lo bastante largo para ocupar dos líneas de la diapositiva, que deja a la ficha menos espacio del que querría para sus fuentes.',
  ru: 'Подпись достаточно длинная, чтобы занять две строки слайда: она оставляет карточке меньше места, чем ей нужно для источников.',
  ar: 'تعليق طويل بما يكفي ليشغل سطرين من الشريحة، فيترك لبطاقة السجل مساحة أقل مما تحتاجه لمصادرها ولتواريخها ولمعرفاتها.',
  zh: '一段足够长的说明文字，占据幻灯片的两行，使记录卡片留给其来源的空间少于它所需要的空间，因此卡片必须在有限的空间内显示其本身镜头的状态和日期，以及该状态的来源。',
};

export interface CardFaults {
  /** the card leaves out its own lens's row */
  noOwnRow: boolean;
  /** the rows shown whose first source the card does not name */
  unsourced: string[];
  /** the card names no source at all, though it has one to name */
  noSource: boolean;
  /** the card's name or its own lens's row is cut with "…" */
  cut: boolean;
  /** the record column is wider than the width the map, sized by its height, leaves free (440 to 640 units): it took
   *  width from the map */
  narrowed: boolean;
}

export function cardFaults(m: SlideModel, f: SlideFrame): CardFaults {
  const rec = m.record!;
  const { nameFit, rows, sourcesBox } = cardRows(m, f.record!);
  const { items } = cardSources(m, sourcesBox);
  const named = new Set(items.map((x) => x.src.id));
  const own = rows.find((x) => x.row.current);
  return {
    noOwnRow: !!own && !own.row.shown,
    unsourced: rec.rows.filter((r) => r.shown && r.source && !named.has(r.source)).map((r) => `${r.lens} ${r.source}`),
    noSource: rec.pool.length > 0 && items.length === 0,
    cut: nameFit.lines.some((l) => l.endsWith('…')) || !!own?.lines.some((l) => l.endsWith('…')),
    narrowed: f.record!.w > Math.min(640, Math.max(440, f.picture.w + f.record!.w - (f.picture.h * MAP_WIDTH) / MAP_HEIGHT)) + 1,
  };
}

/** What is wrong with a slide's legend and key of links, in words (empty: nothing). `d`: the slide's SVG read back. */
export function legendFaults(m: SlideModel, f: SlideFrame, d: Document, geo: MapGeometry): string[] {
  const faults: string[] = [];
  const lg = f.legend;
  if (!lg) return faults;
  const bottom = (t: Element) => Number(t.getAttribute('y')) + 0.25 * Number(t.getAttribute('font-size'));
  const bodyBottom = (f.caption ?? f.sources).y - 4;
  const texts = (role: string) => [...d.querySelectorAll(`[data-role="${role}"] text`)];
  const check = (part: string, box: { y: number; h: number }) => {
    for (const t of texts(part)) {
      const what = `${part} "${t.textContent}"`;
      if (bottom(t) > box.y + box.h + 1) faults.push(`${what} ${Math.round(bottom(t) - box.y - box.h)} units past its box`);
      if (bottom(t) > bodyBottom) faults.push(`${what} past the slide's body`);
      if ((t.textContent ?? '').endsWith('…')) faults.push(`${what} cut`);
      if (Number(t.getAttribute('font-size')) < MIN_READABLE) faults.push(`${what} at ${t.getAttribute('font-size')} units`);
    }
  };
  check('legend', lg);
  // every class has its entry, or is named in the entry of the classes none of which is drawn
  const drawn = new Set([...d.querySelectorAll('[data-legend-class]')].map((g) => g.getAttribute('data-legend-class')));
  const none = new Set([...d.querySelectorAll('[data-legend-none]')].flatMap((g) => (g.getAttribute('data-legend-none') ?? '').split(' ')));
  for (const l of m.legend) {
    if (!drawn.has(l.cls) && !none.has(l.cls)) faults.push(`class ${l.cls} (${l.shown} of ${l.total}) not in the legend`);
    if (none.has(l.cls) && l.shown > 0) faults.push(`class ${l.cls} has ${l.shown} States drawn and no entry of its own`);
  }
  // the notes a map needs: "+N more not labelled" where it leaves names out, "Dashed outline: unverified" where it draws one
  if (m.layout === 'map' || m.layout === 'map-record') {
    const said = texts('legend').map((t) => t.textContent).join('').replace(/\s+/g, '');
    const dropped = mapLabelsDropped(geo, m, f.picture);
    const notes = [
      m.unlabelled + dropped > 0 ? formatMessage(m.lang, 'slide.moreLabels', { count: m.unlabelled + dropped }) : '',
      m.flagged.some((id) => !m.matching || m.matching.includes(id)) ? formatMessage(m.lang, 'slide.flagged') : '',
    ];
    for (const note of notes.filter(Boolean)) if (!said.includes(note.replace(/\s+/g, ''))) faults.push(`note "${note}" not in the legend`);
  }
  if (f.key) {
    const k = f.key;
    check('link-key', k);
    if (k.x < lg.x + lg.w && lg.x < k.x + k.w && k.y < lg.y + lg.h - 0.5 && lg.y < k.y + k.h) faults.push('the key of links overlaps the legend');
    for (const fam of m.network!.key.families) if (!d.querySelector(`[data-link-family="${fam.family}"]`)) faults.push(`family ${fam.family} not in the key`);
  }
  return faults;
}
