import { useAppStore } from '../store/appStore';

/** Quiet notices: parts of a link that were ignored, limits reached. */
export function NoticeBar() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.noticeDismissed);
  if (!notices.length) return null;
  return (
    <ul className="notices" aria-live="polite">
      {notices.map((n, i) => (
        <li key={`${i}:${n}`}>{n} <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(i)}>×</button></li>
      ))}
    </ul>
  );
}
