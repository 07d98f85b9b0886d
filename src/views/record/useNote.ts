// A fact's note as the record shows it: here, not in data/useAtlas.ts, so that the code reading notes loads with the
// record's facts rather than with the first view.
import type { Atlas } from '../../data/atlas';
import { noteOf } from '../../data/noted';
import { useSourcesState } from '../../data/useAtlas';

/** A fact's note (data/notes.ts): its text; or, while the sources' texts have not arrived, that it exists and is
 *  loading or could not be loaded; or none. `row` is the atlas's own record (a relation, a treaty fact…). */
export type NoteState = { text: string } | { text?: undefined; pending: 'loading' | 'unavailable' } | null;

export function useNote(atlas: Atlas, row: object | undefined): NoteState {
  const { sources, unreachable } = useSourcesState(atlas);
  const note = noteOf(atlas.dataset, sources?.notes ?? null, row);
  return note === 'pending' ? { pending: unreachable ? 'unavailable' : 'loading' } : note;
}
