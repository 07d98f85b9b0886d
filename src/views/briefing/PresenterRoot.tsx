// The page opened as `…#presenter`: the dataset, then the presenter view. No URL sync: this window never changes
// its own address or the view; it only asks the audience window to move.
import { WhenLoaded } from '../../lib/useLoaded';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, sourceTextsQuery } from '../../data/queries';
import { ErrorMessage } from '../../app/ErrorBoundary';
import { useI18n } from '../../i18n/useI18n';
import { withLaterMessages } from '../../i18n/laterMessages';

const loadPresenterView = () => withLaterMessages(import('./PresenterView')).then((m) => m.PresenterView);

export function PresenterRoot() {
  const { t } = useI18n();
  const core = useQuery(datasetQuery);
  // the slides cite their sources: this window waits for the whole dataset (data/sourceTexts.ts)
  const { data, error } = useQuery(sourceTextsQuery(core.data, true));
  if (core.error || error) return <ErrorMessage error={(core.error ?? error)!} />;
  if (!data) return <p className="loading" role="status">{t('app.loading')}</p>;
  return <WhenLoaded load={loadPresenterView} fallback={<p className="loading" role="status">{t('presenter.opening')}</p>}>{(PresenterView) => <PresenterView atlas={data} />}</WhenLoaded>;
}
