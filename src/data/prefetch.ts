// Imported first by main.tsx, so the first view's chunks (the dataset's core, its opener, the shipped map layout,
// the English messages the first view needs) are requested while the main script is still being evaluated, rather than when App first
// renders and asks for them (a waterfall behind the main script, ~60 ms measured). firstView.ts only names them: as
// the dependencies of one chunk, Vite's preload helper requests them all at once with <link rel="modulepreload"> (a
// bare import() of a chunk without dependencies is requested only after the running script finishes). The built
// page's index.html already preloads them (scripts/vite-first-view-preload.ts); this covers development. Nothing is
// used here: the loaders (data/queries.ts, i18n/catalogue.ts) import the same modules, receive them from the module
// registry, check the data and report any failure.
import { loadFirstMessages } from '../i18n/catalogue';

void import('./firstView').catch(() => undefined);
// English's first-view messages: the page's, or the fallback of another language's (i18n/catalogue.ts)
void loadFirstMessages('en').catch(() => undefined);
