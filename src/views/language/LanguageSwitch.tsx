// The header's language switch: the six UN languages, each named in itself. The new language's messages load
// before the switch, so the page never shows a mix of two languages.
import { useAppStore } from '../../store/appStore';
import { loadCatalogue } from '../../i18n/catalogue';
import { ENDONYMS, LANGS, isLang } from '../../i18n/langs';
import { useI18n } from '../../i18n/useI18n';

export function LanguageSwitch() {
  const { t, lang } = useI18n();
  const langChosen = useAppStore((s) => s.langChosen);
  const languageOffline = useAppStore((s) => s.languageOffline);
  return (
    <select
      className="language-switch"
      aria-label={t('lang.label')}
      title={t('lang.label')}
      value={lang}
      onChange={(e) => {
        const next = e.target.value;
        // A catalogue that fails to load leaves the page in English for that language's messages, names still switch
        // (a notice says so). Offline, the page stays in its language instead: a reload would lose the page, and
        // choosing the language again once back online loads it. Caught here: not an uncaught error in the console.
        if (isLang(next)) {
          void loadCatalogue(next).then(() => langChosen(next), () => {
            if (navigator.onLine) langChosen(next);
            else languageOffline(ENDONYMS[next], ENDONYMS[lang]);
          });
        }
      }}
    >
      {LANGS.map((l) => <option key={l} value={l} lang={l}>{ENDONYMS[l]}</option>)}
    </select>
  );
}
