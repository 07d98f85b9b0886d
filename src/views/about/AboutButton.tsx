// "About the data": opens the provenance dialog; also opened by the address fragment #about.
import { useEffect, useState } from 'react';
import { AboutDialog } from './AboutDialog';

const wantsAbout = () => window.location.hash === '#about';

export function AboutButton() {
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
      <button type="button" className="about-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>About the data</button>
      {open && <AboutDialog onClose={close} />}
    </>
  );
}
