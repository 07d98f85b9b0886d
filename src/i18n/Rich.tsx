// A message with a little markup (<b>, <q>, <code>) rendered as elements: translators keep the emphasis where their
// language puts it, and no message text ever becomes HTML.
import { Fragment, type ReactNode } from 'react';
import { formatParts, type MessageKey, type MessageValues } from './catalogue';
import { useI18n } from './useI18n';

const keyed = (chunks: ReactNode[]) => chunks.map((c, i) => <Fragment key={i}>{c}</Fragment>);
const TAGS = {
  b: (chunks: ReactNode[]) => <strong>{keyed(chunks)}</strong>,
  q: (chunks: ReactNode[]) => <q>{keyed(chunks)}</q>,
  code: (chunks: ReactNode[]) => <code>{keyed(chunks)}</code>,
};

export function Rich({ k, values = {} }: { k: MessageKey; values?: MessageValues }) {
  const { lang } = useI18n(); // re-renders when the catalogue arrives
  return <>{keyed(formatParts<ReactNode>(lang, k, values, TAGS))}</>;
}
