import { useAppStore } from '../store/appStore';
import { useI18n } from '../i18n/useI18n';

/** Longer notices are cut: they quote parts of a link, and a link can hold anything. */
const NOTICE_CHARS = 240;

/** Quiet notices: parts of a link that were ignored, limits reached. A bounded strip that scrolls, so however many
 *  there are, the map and the graph stay on the first screen. */
export function NoticeBar() {
  const { t } = useI18n();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.noticeDismissed);
  const dismissAll = useAppStore((s) => s.noticesDismissed);
  if (!notices.length) return null;
  return (
    <div className="notices" role="region" aria-label={t('notice.region')}>
      <ul aria-live="polite">
        {notices.map((n, i) => (
          <li key={`${i}:${n}`}>
            <span>{n.length > NOTICE_CHARS ? `${n.slice(0, NOTICE_CHARS - 1)}…` : n}</span>{' '}
            <button type="button" aria-label={t('notice.dismiss')} onClick={() => dismiss(i)}>×</button>
          </li>
        ))}
      </ul>
      {notices.length > 1 && <button type="button" className="notices-all" onClick={dismissAll}>{t('notice.dismissAll')}</button>}
    </div>
  );
}
