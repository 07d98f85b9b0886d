// Placeholder: built in its own issue.
export function AboutButton() {
  return null;
}
