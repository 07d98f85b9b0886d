// Placeholder: built in its own issue.
export function SidePanel() {
  return null;
}
