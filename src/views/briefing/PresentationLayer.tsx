// Placeholder: built in its own issue.
export function PresentationLayer() {
  return null;
}
