// Offline downloads built in the page from the bundled dataset: nothing is fetched.
import type { Dataset } from '../../data/schema';
import { serialiseDataset } from '../../data/build';
import { factsCsv, sourcesCsv } from '../../data/exportCsv';
import { download } from '../../lib/download';
import { Rich } from '../../i18n/Rich';
import { useI18n } from '../../i18n/useI18n';

const save = (name: string, type: string, text: string) => download(new Blob([text], { type }), name);

export function Downloads({ dataset, version }: { dataset: Dataset; version: string }) {
  const { t, lang } = useI18n(); // the CSV column names too are in the page's language
  const base = `cybercrime-atlas-${version}`;
  return (
    <div className="downloads">
      <button type="button" onClick={() => save(`${base}.json`, 'application/json', serialiseDataset(dataset))}>{t('about.dl.json')}</button>
      <button type="button" onClick={() => save(`${base}-facts.csv`, 'text/csv', factsCsv(dataset, lang))}>{t('about.dl.facts')}</button>
      <button type="button" onClick={() => save(`${base}-sources.csv`, 'text/csv', sourcesCsv(dataset, lang))}>{t('about.dl.sources')}</button>
      <p className="muted"><Rich k='about.dl.note' /></p>
    </div>
  );
}
