// What the record-card tests check on a map + record slide (slideFloor.test, the sweep cardSweep.test): the card shows
// its own lens's row (the slide's fact for the State: its status and date) whole, and names on the card the first
// source of every row it shows. Test-only: nothing in the app imports it.
import type { Lang } from '../i18n/langs';
import { MAP_HEIGHT, MAP_WIDTH } from '../geo/projection';
import { cardRows, cardSources, type SlideFrame } from './renderSlide';
import type { SlideModel } from './slideModel';

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
