// Every word a slide, a handout, a .pptx or the presenter view says that does not come from the dataset or the
// deck, in one place so that translation (i18n) has one file to cover. Functions, not templates: word order and
// plural forms differ between languages.
import type { LayoutId } from './layouts';

export const S = {
  untitled: 'Untitled step',
  asOf: (date: string) => `as of ${date}`,
  /** "8 of 209: Budapest Parties that voted Yes on A/RES/74/247" */
  countOf: (shown: number, total: number, what: string) => `${shown} of ${total}: ${what}`,
  legendShown: (label: string, shown: number, total: number) => `${label}: ${shown} shown of ${total}`,
  legendAll: (label: string, total: number) => `${label}: ${total}`,
  legendTitle: 'Legend',
  flagged: 'Dashed outline: unverified',
  byDate: (date: string) => `by ${date}`,
  selected: (name: string) => `Selected: ${name}`,
  compared: (names: string[]) => `Compared: ${names.join(', ')}`,
  focus: (name: string, depth: 1 | 2) => `Network around ${name} (${depth === 1 ? 'direct links' : 'two steps'})`,
  sources: 'Sources',
  sourcesMore: (n: number) => `and ${n} more (listed in the atlas)`,
  sourcesNone: 'no source applies to what this slide shows',
  unverified: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'} unverified`,
  footer: (version: string, asOf: string) => `Cybercrime Cooperation Atlas, dataset ${version} (data as of ${asOf})`,
  stepOf: (n: number, total: number) => `${n} / ${total}`,
  mapTitle: 'Map',
  networkTitle: 'Cooperation network',
  networkLegend: { country: 'State', organisation: 'Organisation', agency: 'Agency', instrument: 'Instrument', company: 'Company' },
  moreLabels: (n: number) => `+${n} more not labelled`,
  recordNone: 'No record for this entity under this lens',
  recordSources: 'Sources',
  compareState: 'State',
  tableTitle: (n: number) => `${n} ${n === 1 ? 'State' : 'States'}`,
  crossTabTitle: 'By UN regional group',
  crossTabTotal: 'Total',
  noRegion: 'No UN regional group',
  altMap: (lens: string, date: string, what: string) => `World map coloured by ${lens}, ${date}. ${what}`,
  altNetwork: (lens: string, date: string, what: string) => `Cooperation network coloured by ${lens}, ${date}. ${what}`,
  altLabelled: (names: string[]) => (names.length ? `Labelled: ${names.join(', ')}.` : ''),
  layouts: {
    map: 'Map',
    network: 'Network',
    'map-record': 'Map and record',
    'map-network': 'Map and network',
    compare: 'Compare',
    table: 'Table',
  } satisfies Record<LayoutId, string>,
  presenter: {
    title: 'Presenter view',
    notes: 'Notes',
    noNotes: 'No notes for this step.',
    next: 'Next',
    last: 'This is the last step.',
    elapsed: 'Elapsed',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    waiting: 'Waiting for the audience window… (start the presentation there, or keep this tab open beside it)',
    reset: 'Reset timer',
  },
  handout: {
    matching: (n: number) => `Matching states (${n})`,
    sourcesFull: 'Sources behind this page',
    view: 'View',
  },
} as const;

/** The words a filter is said in. The lens's noun names the states ("Budapest Parties"); every other dimension
 *  qualifies them ("that voted Yes on A/RES/74/247", "in the African Group"). */
export const FILTER_WORDS = {
  states: 'States',
  that: 'that',
  and: 'and',
  or: 'or',
  treatyNoun: {
    party: (t: string) => `${t} Parties`,
    signatory: (t: string) => `${t} signatories`,
    invited: (t: string) => `States invited to accede to ${t}`,
    none: (t: string) => `States not party to ${t}`,
    unknown: (t: string) => `States whose ${t} status at this date is not known`,
    'no-data': (t: string) => `States with no ${t} data`,
  } as Record<string, (t: string) => string>,
  treatyVerb: {
    party: (t: string) => `are Parties to ${t}`,
    signatory: (t: string) => `are signatories of ${t}`,
    invited: (t: string) => `are invited to accede to ${t}`,
    none: (t: string) => `are not party to ${t}`,
    unknown: (t: string) => `have no known ${t} status at this date`,
    'no-data': (t: string) => `have no ${t} data`,
  } as Record<string, (t: string) => string>,
  conventionNoun: {
    ratified: (t: string) => `States that ratified ${t}`,
    signatory: (t: string) => `Signatories of ${t}`,
    none: (t: string) => `States that did not sign ${t}`,
    unknown: (t: string) => `States whose status under ${t} at this date is not known`,
    'no-data': (t: string) => `States with no ${t} data`,
  } as Record<string, (t: string) => string>,
  conventionVerb: {
    ratified: (t: string) => `ratified ${t}`,
    signatory: (t: string) => `signed ${t}`,
    none: (t: string) => `did not sign ${t}`,
    unknown: (t: string) => `have no known status under ${t} at this date`,
    'no-data': (t: string) => `have no ${t} data`,
  } as Record<string, (t: string) => string>,
  vote: {
    yes: (r: string) => `voted Yes on ${r}`,
    no: (r: string) => `voted No on ${r}`,
    abstain: (r: string) => `abstained on ${r}`,
    absent: (r: string) => `did not vote on ${r}`,
    'not-member': (r: string) => `were not UN Members at the vote on ${r}`,
    'no-data': (r: string) => `have no data for ${r}`,
  } as Record<string, (r: string) => string>,
  region: (names: string) => `are in the ${names} group`,
  bloc: (names: string) => `are members of ${names}`,
  /** How a treaty is named inside a sentence. */
  treatyName: { budapest: 'Budapest', 'budapest-p1': 'ETS 189', 'budapest-p2': 'CETS 224', 'un-convention': 'the UN Convention against Cybercrime' } as Record<string, string>,
} as const;
