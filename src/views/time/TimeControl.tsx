// Placeholder: built in its own issue.
export function TimeControl() {
  return null;
}
