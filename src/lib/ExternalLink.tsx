import type { ReactNode } from 'react';

/** The one place that decides what may become a link: only http(s) URLs, opened without opener or referrer. */
export const isSafeHref = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

export function ExternalLink({ url, title, children }: { url: string; title?: string; children: ReactNode }) {
  if (!isSafeHref(url)) return <>{children}</>;
  return <a href={url} target="_blank" rel="noopener noreferrer" title={title}>{children}</a>;
}
