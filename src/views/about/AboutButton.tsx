// "About the data": opens the provenance dialog; also opened by the address fragment #about.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { withLaterMessages } from '../../i18n/laterMessages';

// The dialog (source list, totals, downloads) loads on first opening.
const AboutDialog = lazy(() => withLaterMessages(import('./AboutDialog')).then((m) => ({ default: m.AboutDialog })));

const wantsAbout = () => window.location.hash === '#about';

export function AboutButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(wantsAbout);
  useEffect(() => {
    const onHash = () => setOpen(wantsAbout());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const close = () => {
    setOpen(false);
    // Drop the fragment without a history entry so Back does not reopen the dialog.
    if (wantsAbout()) history.replaceState(history.state, '', window.location.pathname + window.location.search);
  };
  return (
    <>
      <button type="button" className="about-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>{t('about.button')}</button>
      {open && (
        <Suspense fallback={<span role="status">{t('about.opening')}</span>}>
          <AboutDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
