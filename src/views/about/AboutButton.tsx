// "About the data": opens the provenance dialog; also opened by the address fragment #about.
import { useEffect, useState } from 'react';
import { WhenLoaded } from '../../lib/useLoaded';
import { PartBoundary } from '../../app/PartBoundary';
import { useI18n } from '../../i18n/useI18n';
import { withLaterMessages } from '../../i18n/laterMessages';

// The dialog (source list, totals, downloads) loads on first opening.
const loadDialog = () => withLaterMessages(import('./AboutDialog')).then((m) => m.AboutDialog);

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
      {/* its own boundary: a dialog that cannot be loaded (offline) is said beside the button, which stays */}
      {open && (
        <PartBoundary>
          <WhenLoaded load={loadDialog} fallback={<span role="status">{t('about.opening')}</span>}>
            {(AboutDialog) => <AboutDialog onClose={close} />}
          </WhenLoaded>
        </PartBoundary>
      )}
    </>
  );
}
