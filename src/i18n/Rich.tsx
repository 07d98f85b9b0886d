// A message with a little markup (<b>, <q>, <code>) rendered as elements: translators keep the emphasis where their
// language puts it, and no message text ever becomes HTML.
import { Fragment, type ReactNode } from 'react';
import { formatParts, type MessageKey } from './catalogue';
import { useI18n } from './useI18n';

const keyed = (chunks: ReactNode[]) => chunks.map((c, i) => <Fragment key={i}>{c}</Fragment>);
const TAGS = {
  b: (chunks: ReactNode[]) => <strong>{keyed(chunks)}</strong>,
  q: (chunks: ReactNode[]) => <q>{keyed(chunks)}</q>,
  code: (chunks: ReactNode[]) => <code>{keyed(chunks)}</code>,
};

/** `values` may be elements too (a data text marked lang="en" inside a translated sentence). */
export function Rich({ k, values = {} }: { k: MessageKey; values?: Record<string, string | number | ReactNode> }) {
  const { lang } = useI18n(); // re-renders when the catalogue arrives
  return <>{keyed(formatParts<ReactNode>(lang, k, values, TAGS))}</>;
}
