// <html lang dir> follow the view's language: screen readers, fonts and hyphenation pick it up, and Arabic mirrors
// the page (the map and the network keep dir="ltr" on their own sections: geography and layout do not mirror).
import { useEffect } from 'react';
import { dirOf, type Lang } from '../i18n/langs';
import { loadFirstMessages } from '../i18n/catalogue';

export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = dirOf(lang);
    // A language reached without the switch (a link, Back, a deck step) loads its messages here (the first view's;
    // App asks for the rest once the first frame is painted).
    void loadFirstMessages(lang).catch(() => undefined);
  }, [lang]);
}
