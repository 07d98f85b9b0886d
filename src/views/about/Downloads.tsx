// Offline downloads built in the page from the bundled dataset: nothing is fetched.
import type { Dataset } from '../../data/schema';
import { serialiseDataset } from '../../data/build';
import { factsCsv, sourcesCsv } from '../../data/exportCsv';
import { download } from '../../lib/download';

const save = (name: string, type: string, text: string) => download(new Blob([text], { type }), name);

export function Downloads({ dataset, version }: { dataset: Dataset; version: string }) {
  const base = `cybercrime-atlas-${version}`;
  return (
    <div className="downloads">
      <button type="button" onClick={() => save(`${base}.json`, 'application/json', serialiseDataset(dataset))}>Dataset (JSON)</button>
      <button type="button" onClick={() => save(`${base}-facts.csv`, 'text/csv', factsCsv(dataset))}>Facts (CSV, with sources)</button>
      <button type="button" onClick={() => save(`${base}-sources.csv`, 'text/csv', sourcesCsv(dataset))}>Sources (CSV)</button>
      <p className="muted">
        The JSON is the bundled dataset exactly (the file <code>data/atlas.json</code>). The facts CSV has one row per fact and
        attribute with its source ids and URLs and the raw-table line it came from.
      </p>
    </div>
  );
}
