// Placeholder: built in its own issue.
export function BriefingToolbar() {
  return null;
}
