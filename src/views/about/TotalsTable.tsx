// Each published total beside the dataset's own count at the same date, with the difference explained.
import type { Atlas } from '../../data/atlas';
import type { Sources } from '../../data/sourceTexts';
import { isLensId } from '../../data/lenses';
import { orList } from '../../i18n/filterWords';
import { labelSep } from '../../i18n/langs';
import { classLabel, lensShort } from '../../i18n/terms';
import { useI18n } from '../../i18n/useI18n';
import { datasetCount } from '../../data/officialTotals';
import { SourceIdLinks } from './SourceIdLinks';

export function TotalsTable({ atlas, sources }: { atlas: Atlas; sources: Sources | null }) {
  const { t, lang, date, number } = useI18n();
  return (
    <table className="about-table about-totals">
      <thead>
        <tr>
          <th scope="col">{t('about.tot.what')}</th><th scope="col">{t('about.tot.date')}</th><th scope="col">{t('about.tot.official')}</th>
          <th scope="col">{t('about.tot.ours')}</th><th scope="col">{t('about.tot.diff')}</th><th scope="col">{t('about.tot.source')}</th>
        </tr>
      </thead>
      <tbody>
        {atlas.dataset.officialTotals.map((o) => {
          const lens = isLensId(o.lens) ? o.lens : null;
          const ours = datasetCount(atlas, o);
          return (
            <tr key={o.id} data-total-id={o.id} data-agrees={o.agrees ? 'true' : 'false'}>
              <td>{lens ? `${lensShort(lens, lang)}${labelSep(lang)}${orList(o.classes.map((c) => classLabel(lens, c, lang)), lang)}` : `${o.lens}: ${o.classes.join(', ')}`}</td>
              <td>{date(o.date)}</td>
              <td data-official>{number(o.official)}</td>
              <td data-ours>{ours === null ? '' : number(ours)}{o.agrees ? ' ✓' : ''}</td>
              {/* the explanation is the data's own note (English) */}
              {o.note ? <td lang="en">{o.note}</td> : <td>{o.agrees ? t('about.tot.same') : ''}</td>}
              <td><SourceIdLinks sources={sources} ids={o.sources} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
