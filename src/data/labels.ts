// Plain words for the dataset's enum values, shared by the record, compare and the table.
export const KIND_LABELS: Record<string, string> = {
  'un-member': 'UN member state', observer: 'UN observer state', territory: 'Territory (not a UN member)',
  organisation: 'Organisation', agency: 'Agency', instrument: 'Instrument', company: 'Company',
};

export const TREATY_LABELS = { cets185: 'Budapest Convention (CETS 185)', ets189: 'First Protocol (ETS 189)', cets224: 'Second Protocol (CETS 224)' } as const;

export const VOTE_LABELS: Record<string, string> = { yes: 'Yes', no: 'No', abstain: 'Abstained', absent: 'Did not vote' };

export const SPONSORED_DOC = 'A/C.3/74/L.11';

export const STAGE_LABELS: Record<string, string> = {
  in_force: 'in force', signed: 'signed', negotiating: 'negotiating', ongoing: 'ongoing', ended: 'ended', suspended: 'suspended', invited: 'invited',
};

/** "working_arrangement" → "working arrangement" */
export const relationLabel = (r: string) => r.replace(/_/g, ' ');

/** Narrow-column forms of long class and group names; the full name stays in titles and accessible names. */
export const SHORT_LABELS: Record<string, string> = {
  'Invited to accede': 'Invited', 'Did not vote': 'Absent', 'Not a UN member': 'Non-member', 'No data / not applicable': 'n/a',
  Abstained: 'Abstain', 'African States': 'African', 'Asia-Pacific States': 'Asia-Pacific', 'Eastern European States': 'Eastern Eur.',
  'Latin American and Caribbean States': 'GRULAC', 'Western European and other States': 'WEOG',
};
