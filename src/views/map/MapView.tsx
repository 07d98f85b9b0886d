// Placeholder: built in its own issue.
export function MapView() {
  return <p className="placeholder">MapView</p>;
}
