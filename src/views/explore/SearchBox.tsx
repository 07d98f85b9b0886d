// Placeholder: built in its own issue.
export function SearchBox() {
  return null;
}
