// A lazy feature (the About dialog, the briefing tools, the time chart …) uses messages of the catalogues' later part
// (i18n/messageParts.ts). Its chunk is handed to React only once the page language's later messages are here too, so
// it never shows a message key or English first. A language the page switches to afterwards is shown only once its
// whole catalogue is here (app/App.tsx, views/language/LanguageSwitch.tsx).
import { useAppStore } from '../store/appStore';
import { loadCatalogue } from './catalogue';

/** `chunk`, once the page language's whole catalogue has arrived, or failed to with English's whole catalogue here to
 *  stand in; if English's cannot load either, the chunk fails (the feature's error, not a page of message keys). */
export const withLaterMessages = <T>(chunk: Promise<T>): Promise<T> =>
  Promise.all([chunk, loadCatalogue(useAppStore.getState().lang).catch(() => loadCatalogue('en'))]).then(([m]) => m);
