// The page opened as `…#presenter`: the dataset, then the presenter view. No URL sync: this window never changes
// its own address or the view; it only asks the audience window to move.
import { WhenLoaded } from '../../lib/useLoaded';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../../data/queries';
import { useSourceTexts } from '../../app/useSourceTexts';
import { ErrorMessage } from '../../app/ErrorBoundary';
import { useI18n } from '../../i18n/useI18n';
import { withLaterMessages } from '../../i18n/laterMessages';

const loadPresenterView = () => withLaterMessages(import('./PresenterView')).then((m) => m.PresenterView);

export function PresenterRoot() {
  const { t } = useI18n();
  const core = useQuery(datasetQuery);
  // the slides cite their sources: this window waits for their texts (data/sourceTexts.ts); texts that cannot arrive
  // (offline, a copy without their file) leave the slides with their facts and the view says so, as the audience
  // window does (app/useSourceTexts.ts asks again once online)
  const texts = useSourceTexts(core.data, true);
  const error = core.error ?? texts.fatal;
  if (error) return <ErrorMessage error={error} />;
  if (!core.data || (!texts.sources && !texts.unreachable)) return <p className="loading" role="status">{t('app.loading')}</p>;
  const atlas = core.data;
  return (
    <WhenLoaded load={loadPresenterView} fallback={<p className="loading" role="status">{t('presenter.opening')}</p>}>
      {(PresenterView) => <PresenterView atlas={atlas} sources={texts.sources} unreachable={texts.unreachable} />}
    </WhenLoaded>
  );
}
