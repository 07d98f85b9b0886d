// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../data/testAtlas';
import { EVENTS, SERIES, selectionEvents } from '../data/timeline';
import { loadCatalogue } from './catalogue';
import { LANGS } from './langs';
import { eventLabel, seriesLabel } from './timeWords';

const atlas = testAtlas();
beforeAll(() => Promise.all(LANGS.map(loadCatalogue)));

describe('the time bar in the page language', () => {
  it('says every key date and series in each language, never the English on another page', () => {
    for (const lang of LANGS) {
      const words = [...EVENTS.map((e) => eventLabel(atlas, e, lang)), ...SERIES.map((s) => seriesLabel(s, lang))];
      expect(new Set(words).size, lang).toBe(words.length);
      if (lang === 'en') continue;
      const english = [...EVENTS.map((e) => eventLabel(atlas, e, 'en')), ...SERIES.map((s) => seriesLabel(s, 'en'))];
      words.forEach((w, i) => expect(w, `${lang} #${i}`).not.toBe(english[i]));
    }
    expect(eventLabel(atlas, EVENTS[3], 'fr')).toBe('L’Assemblée générale des Nations Unies adopte la résolution A/RES/74/247');
    expect(seriesLabel(SERIES[0], 'es')).toBe('Partes en el Convenio de Budapest (STCE 185)');
  });

  it('names the State of a request to be invited by its UN name in that language', () => {
    const [request] = selectionEvents(atlas, 'KOR');
    expect(request).toMatchObject({ what: 'requested', country: 'KOR' });
    expect(eventLabel(atlas, request, 'en')).toBe('Republic of Korea asks to be invited to accede to the Budapest Convention');
    expect(eventLabel(atlas, request, 'ru')).toBe('Просьба о приглашении присоединиться к Будапештской конвенции: Республика Корея');
    expect(eventLabel(atlas, request, 'zh')).toBe('大韩民国请求受邀加入布达佩斯公约');
  });
});
