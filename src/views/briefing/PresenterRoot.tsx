// The page opened as `…#presenter`: the dataset, then the presenter view. No URL sync: this window never changes
// its own address or the view; it only asks the audience window to move.
import { WhenLoaded } from '../../lib/useLoaded';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, sourceTextsQuery } from '../../data/queries';
import { useSourceTexts } from '../../app/useSourceTexts';
import { ErrorMessage } from '../../app/ErrorBoundary';
import { useI18n } from '../../i18n/useI18n';
import { withLaterMessages } from '../../i18n/laterMessages';

const loadPresenterView = () => withLaterMessages(import('./PresenterView')).then((m) => m.PresenterView);

export function PresenterRoot() {
  const { t } = useI18n();
  const core = useQuery(datasetQuery);
  // the slides cite their sources: this window waits for the whole dataset (data/sourceTexts.ts); texts that cannot
  // arrive (offline, a copy without their file) leave the slides with their facts and the view says so, as the
  // audience window does (app/useSourceTexts.ts asks again once online)
  const textsError = useSourceTexts(core.data, true);
  const texts = useQuery(sourceTextsQuery(core.data, true));
  if (core.error || textsError) return <ErrorMessage error={(core.error ?? textsError)!} />;
  const atlas = texts.data ?? (texts.isError ? core.data : undefined);
  if (!atlas) return <p className="loading" role="status">{t('app.loading')}</p>;
  return <WhenLoaded load={loadPresenterView} fallback={<p className="loading" role="status">{t('presenter.opening')}</p>}>{(PresenterView) => <PresenterView atlas={atlas} />}</WhenLoaded>;
}
