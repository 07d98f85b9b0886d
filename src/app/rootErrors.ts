// What React reports of the errors its boundaries catch (createRoot's options, main.tsx). A part of the page whose
// code could not be loaded (offline, a chunk missing from a copied build) is caught by its PartBoundary and said in
// its place with "Try again": handled, so not also logged as an error (the browser already logs the failed request).
// Every other caught error (the page's ErrorBoundary: a bug shown as the crash page) is logged as React does by
// default; uncaught errors keep React's default report.
import type { ErrorInfo, RootOptions } from 'react-dom/client';
import { PartLoadError } from '../lib/useLoaded';

export function onCaughtError(error: unknown, info: ErrorInfo): void {
  if (error instanceof PartLoadError) return;
  console.error(error, `\n\nThe above error was caught by an error boundary:${info.componentStack ?? ''}`);
}

export const rootOptions = { onCaughtError } satisfies RootOptions;
