// One name per treaty and organisation in each catalogue: labels, legend, lens names, slides and notices call a
// thing the same way (a short form may drop words, never switch to another form). Each rule names the form that
// is not used and the one that is.
import { describe, expect, it } from 'vitest';
import ar from './messages/ar.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import ru from './messages/ru.json';
import zh from './messages/zh.json';

const RULES: { lang: string; messages: Record<string, string>; not: RegExp; use: string; except?: string[] }[] = [
  // the CoE's Russian title of CETS 185 (the CoE's Russian portal writes "Будапештской конвенции о киберпреступности"
  // and "Комитет по Конвенции о киберпреступности": coe.int/ru/web/portal/-/cybercrime-towards-a-new-legal-tool-on-
  // electronic-evidence; data/RESEARCH-LOG.md "Treaty names … session 26"); "Будапештская конвенция" for short,
  // "Будапештская" in a narrow column and "Будапешт." (its abbreviation) in a slide's narrowest heading, never the
  // city's name "Будапешт"
  { lang: 'ru', messages: ru, not: /Будапешт(?![а-яё.])/, use: 'Будапештская (конвенция), not the city "Будапешт"' },
  { lang: 'ru', messages: ru, not: /компьютерных преступлени/, use: 'Конвенция о киберпреступности' },
  { lang: 'ru', messages: ru, not: /ИНТЕРПОЛ/, use: 'Интерпол' },
  { lang: 'ru', messages: ru, not: /КТОП(?! ООН)/, use: 'КТОП ООН' },
  { lang: 'ru', messages: ru, not: /конвенци[а-яё]* ООН/, use: 'Конвенция ООН (a name, capitalised)' },
  // the network's label ("Convention ONU cybercriminalité") is the exception: a label has 34 characters (names.test)
  { lang: 'fr', messages: fr, not: /Convention (de l’ONU|ONU)|convention des Nations Unies/, use: 'Convention des Nations Unies', except: ['nodeShort.un-convention'] },
  { lang: 'es', messages: es, not: /Convención (de la ONU|ONU)|convención de las Naciones Unidas/, use: 'Convención de las Naciones Unidas', except: ['nodeShort.un-convention'] },
  // UNTOC: the UN's French pages write no acronym; UNODC's short title is "la Convention contre la criminalité
  // organisée" (unodc.org/e4j/fr/organized-crime/module-14/key-issues/adoption-of-organized-crime-convention.html).
  // Spanish keeps "la UNTOC", as UNODC's Spanish pages do ("UNTOC, por sus siglas en inglés":
  // unodc.org/ropan/es/organized-crime.html). The network's label keeps "Convention de Palerme" (34 characters), and
  // the hub's count on a phone keeps "UNTOC : 191 Parties", as France's mission in Vienna writes the acronym in French
  // (onu-vienne.delegfrance.org/ONUDC-Conference-des-Parties-a-la): "Convention de Palerme : …" made six leaders cross
  // names with J-CAT selected on a French phone (graphLabels.test)
  { lang: 'fr', messages: fr, not: /UNTOC/, use: 'Convention contre la criminalité organisée (UNODC’s French short title), not UNTOC', except: ['graph.hubUntoc'] },
  { lang: 'ar', messages: ar, not: /اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية/, use: 'اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية' },
  // the deck: the toolbar's word in its dialog, messages and errors too ("набор" is the dataset's word: набор данных)
  { lang: 'ru', messages: ru, not: /[Нн]абор(?![а-яё]* данных)[а-яё]*/, use: 'презентация (the deck), not набор (слайдов)' },
  // the view (what a link holds): "вид", as the export menu and the handout say
  { lang: 'ru', messages: ru, not: /[Пп]редставлени/, use: 'вид (the view), not представление' },
  // the lens: "показатель", as the map's name and the notices say
  { lang: 'ru', messages: ru, not: /по признаку/, use: 'по показателю (the lens), not по признаку' },
  { lang: 'zh', messages: zh, not: /幻灯片组/, use: '演示文稿 (the deck), not 幻灯片组' },
];

describe('one term per thing', () => {
  for (const { lang, messages, not, use, except = [] } of RULES) {
    it(`${lang}: ${use}`, () => {
      const found = Object.entries(messages).filter(([k, v]) => not.test(v) && !except.includes(k)).map(([k, v]) => `${k}: ${v}`);
      expect(found).toEqual([]);
    });
  }

  it('ar: the deck is مجموعة الشرائح wherever it is meant; العرض is the view (the export menu read "العرض بصيغة …" for the view and the deck alike)', () => {
    const deckKeys = Object.keys(ar).filter((k) => /^(deckErr\.|brief\.(deck|pptx|printDeck|presentTitle|presentNeedsStep|opening)$|presentation\.noDeck$)/.test(k));
    expect(deckKeys.filter((k) => /العرض|عرضًا|\bعرض\b/.test((ar as Record<string, string>)[k])).map((k) => `${k}: ${(ar as Record<string, string>)[k]}`)).toEqual([]);
    expect(ar['brief.pptx'].split(' ')[0]).not.toBe(ar['brief.svg'].split(' ')[0]);
  });

  it('ru: the Budapest lens is named by the Convention\'s title, the same short name as the legend and the slides', () => {
    expect(ru['lens.budapest']).toMatch(/^Конвенция о киберпреступности \(Будапештская, CETS 185\)$/);
    for (const k of ['lensShort.budapest', 'family.budapest'] as const) expect(ru[k], k).toBe('Будапештская');
    // the header's data line has the room for the noun ("Будапештская по февр. 2026 г." read as a cut phrase)
    expect(ru['dataFamily.budapest']).toBe('Будапештская конвенция');
    expect(ru['slide.colShort.budapest']).toBe('Будапешт.');
  });
});
