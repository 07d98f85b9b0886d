// A short note on reading the network and the matrix, in the panel (closed by default, so the picture keeps its room).
import { useI18n } from '../../i18n/useI18n';

export function HowToRead({ mode }: { mode: 'network' | 'matrix' }) {
  const { t } = useI18n();
  return (
    <details className="how-to-read">
      <summary>{t('graph.howToRead')}</summary>
      {mode === 'network' ? (
        <>
          <p>{t('how.network1')}</p>
          <p>{t('how.network2')}</p>
          <p>{t('how.network3')}</p>
        </>
      ) : <p>{t('how.matrix')}</p>}
    </details>
  );
}
