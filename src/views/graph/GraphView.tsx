// Placeholder: built in its own issue.
export function GraphView() {
  return <p className="placeholder">GraphView</p>;
}
