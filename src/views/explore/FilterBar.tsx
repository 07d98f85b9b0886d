// Placeholder: built in its own issue.
export function FilterBar() {
  return null;
}
