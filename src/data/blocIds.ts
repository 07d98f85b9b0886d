// A bloc's selection id is `bloc:<bloc id>` ("bloc:eu"), the filter's own words, so it never collides with a network
// node ("eu" is the European Union as a party to agreements, a node of the graph). No imports: data/atlas.ts names
// a selected bloc through it.
const PREFIX = 'bloc:';

/** The selection id of a bloc. */
export const blocSel = (bloc: string) => `${PREFIX}${bloc}`;

/** The bloc a selection names, or null when it names a country or a node. */
export const blocOfSel = (sel: string | null | undefined): string | null => (sel?.startsWith(PREFIX) ? sel.slice(PREFIX.length) : null);
