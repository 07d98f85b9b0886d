// The words for lenses and status classes in each language. Keys are written out in full (the catalogue test
// finds every key in the source).
import type { LensId } from '../data/lenses';
import { formatMessage, type MessageKey } from './catalogue';
import type { Lang } from './langs';
import { ownTable } from '../lib/ownTable';

const LENS_KEYS: Record<LensId, MessageKey> = {
  budapest: 'lens.budapest', 'budapest-p1': 'lens.budapest-p1', 'budapest-p2': 'lens.budapest-p2',
  'un-convention': 'lens.un-convention', 'unga-74-247': 'lens.unga-74-247', 'unga-73-187': 'lens.unga-73-187',
};
const SHORT_KEYS: Record<LensId, MessageKey> = {
  budapest: 'lensShort.budapest', 'budapest-p1': 'lensShort.budapest-p1', 'budapest-p2': 'lensShort.budapest-p2',
  'un-convention': 'lensShort.un-convention', 'unga-74-247': 'lensShort.unga-74-247', 'unga-73-187': 'lensShort.unga-73-187',
};
const TREATY: Readonly<Record<string, MessageKey>> = ownTable({
  party: 'class.treaty.party', signatory: 'class.treaty.signatory', invited: 'class.treaty.invited', none: 'class.treaty.none',
});
// CETS 224 is not in force: a State that ratified it is not a Party in the sense of the law of treaties (inForce.ts).
const PROTOCOL_NOT_IN_FORCE: Readonly<Record<string, MessageKey>> = ownTable({ party: 'class.treaty.ratified' });
const UN_CONVENTION: Readonly<Record<string, MessageKey>> = ownTable({
  ratified: 'class.unconv.ratified', signatory: 'class.unconv.signatory', none: 'class.unconv.none',
});
const VOTE: Readonly<Record<string, MessageKey>> = ownTable({
  yes: 'class.vote.yes', no: 'class.vote.no', abstain: 'class.vote.abstain', absent: 'class.vote.absent', 'not-member': 'class.vote.notMember',
});
const COMMON: Readonly<Record<string, MessageKey>> = ownTable({ unknown: 'class.unknown', 'no-data': 'class.noData' });

export const lensLabel = (lens: LensId, lang: Lang): string => formatMessage(lang, LENS_KEYS[lens]);
export const lensShort = (lens: LensId, lang: Lang): string => formatMessage(lang, SHORT_KEYS[lens]);

/** "État partie", "Abstention"… for a class id under a lens; the id itself if the lens has no such class. */
export function classLabel(lens: LensId, cls: string, lang: Lang): string {
  const own = lens === 'un-convention' ? UN_CONVENTION : lens.startsWith('unga-') ? VOTE : TREATY;
  const key = (lens === 'budapest-p2' ? PROTOCOL_NOT_IN_FORCE[cls] : undefined) ?? own[cls] ?? COMMON[cls];
  return key ? formatMessage(lang, key) : cls;
}

// Narrow-column forms, per kind of lens as the full labels are ("none" is "Not party" under a treaty, "Not signed"
// under the UN convention). Russian needs them most: "Государство-участник", "Подписавшее государство" and
// "Ратифицировало" widened the cross-tab past a 480 px panel.
const TREATY_SHORT: Readonly<Record<string, MessageKey>> = ownTable({
  party: 'classShort.party', signatory: 'classShort.signatory', invited: 'classShort.invited', none: 'classShort.notParty',
});
const PROTOCOL_SHORT: Readonly<Record<string, MessageKey>> = ownTable({ party: 'classShort.ratified' });
const UN_CONVENTION_SHORT: Readonly<Record<string, MessageKey>> = ownTable({ ratified: 'classShort.ratified' });
const VOTE_SHORT: Readonly<Record<string, MessageKey>> = ownTable({
  absent: 'classShort.absent', 'not-member': 'classShort.notMember', abstain: 'classShort.abstain',
});
const COMMON_SHORT: Readonly<Record<string, MessageKey>> = ownTable({ unknown: 'classShort.unknown', 'no-data': 'classShort.noData' });
/** A class's narrow-column form ("Invited", "n/a"); the full label stays in titles and accessible names. */
export function classShort(lens: LensId, cls: string, lang: Lang): string {
  const own = lens === 'un-convention' ? UN_CONVENTION_SHORT : lens.startsWith('unga-') ? VOTE_SHORT : TREATY_SHORT;
  const key = (lens === 'budapest-p2' ? PROTOCOL_SHORT[cls] : undefined) ?? own[cls] ?? COMMON_SHORT[cls];
  return key ? formatMessage(lang, key) : classLabel(lens, cls, lang);
}
