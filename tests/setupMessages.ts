// The page requests the English catalogue as it starts (data/prefetch.ts); tests have it from the start too.
import { loadCatalogue } from '../src/i18n/catalogue';

await loadCatalogue('en');
