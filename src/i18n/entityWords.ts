// Words for the dataset's fixed vocabularies in each language: entity kinds, link families, relation and stage
// words, membership statuses, and the graph's own captions. Keys are written out in full (the catalogue test finds
// every key in the source); a value outside the vocabulary falls back to the data's own word.
import type { Atlas } from '../data/atlas';
import type { EgoSector } from '../graph/ego';
import { OTHER } from '../graph/grouping';
import type { EdgeFamily, NodeKind } from '../graph/model';
import { formatMessage, type MessageKey } from './catalogue';
import { commaSep, LANGS, type Lang } from './langs';
import { ownTable } from '../lib/ownTable';

const KIND: Readonly<Record<string, MessageKey>> = ownTable({
  'un-member': 'record.kind.un-member', observer: 'record.kind.observer', territory: 'record.kind.territory',
  organisation: 'kind.organisation', agency: 'kind.agency', instrument: 'kind.instrument', company: 'kind.company',
  bloc: 'blocs.kind',
});
/** "UN member state", "Organisation"… for an entity or node kind. */
export const kindLabel = (kind: string, lang: Lang): string => (KIND[kind] ? formatMessage(lang, KIND[kind]) : kind);

const FAMILY: Record<EdgeFamily, MessageKey> = {
  budapest: 'familyFull.budapest', 'un-convention': 'familyFull.un-convention', europol: 'familyFull.europol',
  eurojust: 'familyFull.eurojust', 'cloud-act': 'familyFull.cloud-act', 'contact-points': 'familyFull.contact-points',
  capacity: 'familyFull.capacity', agencies: 'familyFull.agencies', regional: 'familyFull.regional',
  structure: 'familyFull.structure', interpol: 'familyFull.interpol', untoc: 'familyFull.untoc',
};
/** A link family's full name (toggle tooltips, record groups, compare rows). */
export const familyLabel = (f: EdgeFamily, lang: Lang): string => formatMessage(lang, FAMILY[f]);
const FAMILY_SHORT: Record<EdgeFamily, MessageKey> = {
  budapest: 'family.budapest', 'un-convention': 'family.un-convention', europol: 'family.europol', eurojust: 'family.eurojust',
  'cloud-act': 'family.cloud-act', 'contact-points': 'family.contact-points', capacity: 'family.capacity', agencies: 'family.agencies',
  regional: 'family.regional', structure: 'family.structure', interpol: 'family.interpol', untoc: 'family.untoc',
};
/** A link family's compact name (the network's toggles, a slide's key of links). */
export const familyShort = (f: EdgeFamily, lang: Lang): string => formatMessage(lang, FAMILY_SHORT[f]);

const STAGE: Readonly<Record<string, MessageKey>> = ownTable({
  in_force: 'stage.in_force', signed: 'stage.signed', negotiating: 'stage.negotiating', ongoing: 'stage.ongoing',
  ended: 'stage.ended', suspended: 'stage.suspended', invited: 'stage.invited', deposited: 'stage.deposited',
});
/** "in force", "signed"… for a link's stage. */
export const stageWord = (stage: string, lang: Lang): string => (STAGE[stage] ? formatMessage(lang, STAGE[stage]) : stage);
const STAGE_LEGEND_NAME: Readonly<Record<string, MessageKey>> = ownTable({
  in_force: 'graph.stage.in_force', signed: 'graph.stage.signed', negotiating: 'graph.stage.negotiating', suspended: 'graph.stage.suspended',
});
/** "In force or ongoing", "Signed or invited"… for a line style of the network's legend (theme/families.ts STAGE_LEGEND). */
export const stageLegendName = (stage: string, lang: Lang): string => formatMessage(lang, STAGE_LEGEND_NAME[stage] ?? 'graph.stage.in_force');

const RELATION: Readonly<Record<string, MessageKey>> = ownTable({
  party_to: 'relation.party_to', member_of: 'relation.member_of', cooperation_agreement: 'relation.cooperation_agreement',
  operational_agreement: 'relation.operational_agreement', working_arrangement: 'relation.working_arrangement',
  bound_by: 'relation.bound_by', part_of: 'relation.part_of', capacity_building: 'relation.capacity_building',
  liaison: 'relation.liaison', strategic_agreement: 'relation.strategic_agreement', cloud_act_agreement: 'relation.cloud_act_agreement',
  contact_point: 'relation.contact_point', partnership: 'relation.partnership', engagement: 'relation.engagement',
  enacted: 'relation.enacted', e_evidence_agreement: 'relation.e_evidence_agreement', regular_meetings: 'relation.regular_meetings',
  // the treaty links the network draws from a State's status (graph/model.ts): said by their stage's word, which the
  // record then does not repeat ("UN convention: signed, 25 October 2025"; it read "signatory, подписано, …")
  signatory: 'stage.signed', invited: 'stage.invited',
});
/** "working arrangement" for `working_arrangement`; a relation outside the list reads as its id with spaces. */
export const relationWord = (relation: string, lang: Lang): string =>
  (RELATION[relation] ? formatMessage(lang, RELATION[relation]) : relation.replace(/_/g, ' '));

const MEMBERSHIP: Readonly<Record<string, MessageKey>> = ownTable({
  member: 'membership.member', observer: 'membership.observer', suspended: 'membership.suspended', withdrawn: 'membership.withdrawn',
});
/** "member", "observer"… for a bloc membership status. */
export const membershipWord = (status: string, lang: Lang): string => (MEMBERSHIP[status] ? formatMessage(lang, MEMBERSHIP[status]) : status);

/** A network node's accessible name: its name, its kind unless a country, and "(unverified)". */
export const nodeAriaLabel = (name: string, kind: NodeKind, unverified: boolean, lang: Lang): string =>
  formatMessage(lang, 'graph.nodeAria', { name, kind, unverified: unverified ? 'yes' : 'no' });

/** ", INTERPOL member, party to UNTOC": a country's near-universal memberships, appended to its aria-label. */
export const universalSuffix = (hubs: readonly ('interpol' | 'untoc')[], lang: Lang): string =>
  hubs.map((h) => commaSep(lang) + formatMessage(lang, h === 'interpol' ? 'blocs.interpolMember' : 'blocs.untocParty')).join('');

/** The count shown on a near-universal hub while its links are hidden: "INTERPOL: 196 members", or "at least 151"
 *  when some memberships are not known yet at the date (graph/universal.ts nearUniversalFloor). */
export const hubCaption = (hub: 'interpol' | 'untoc', count: number, lang: Lang, floor = false): string =>
  formatMessage(lang, hub === 'interpol' ? 'graph.hubInterpol' : 'graph.hubUntoc', { count, floor: floor ? 'yes' : 'no' });

/** An ego sector's caption: "In force or ongoing (12)". */
export const egoSectorCaption = (sc: Pick<EgoSector, 'state' | 'count'>, lang: Lang): string =>
  formatMessage(lang, 'graph.egoSector', { state: sc.state, count: sc.count });

const UN_GROUP: Readonly<Record<string, [full: MessageKey, short: MessageKey]>> = ownTable({
  'un-african': ['unGroup.un-african', 'unGroupShort.un-african'],
  'un-asia-pacific': ['unGroup.un-asia-pacific', 'unGroupShort.un-asia-pacific'],
  'un-eastern-european': ['unGroup.un-eastern-european', 'unGroupShort.un-eastern-european'],
  'un-grulac': ['unGroup.un-grulac', 'unGroupShort.un-grulac'],
  'un-weog': ['unGroup.un-weog', 'unGroupShort.un-weog'],
});
/** The blocs' names in the six languages (the catalogues' translations of the names the organisations use; the
 *  dataset keeps the English one). A bloc the catalogues don't know keeps the dataset's name. */
export const BLOC_NAME: Readonly<Record<string, MessageKey>> = ownTable({
  eu: 'blocName.eu', coe: 'blocName.coe', au: 'blocName.au', oas: 'blocName.oas', asean: 'blocName.asean', sco: 'blocName.sco',
  brics: 'blocName.brics', 'arab-league': 'blocName.arab-league', cis: 'blocName.cis', g7: 'blocName.g7',
  'five-eyes': 'blocName.five-eyes', nato: 'blocName.nato',
});
/** A UN regional group's or a bloc's name in the page language (the UN's own names for the groups). */
export const groupName = (atlas: Atlas, id: string, lang: Lang): string => {
  const key = UN_GROUP[id]?.[0] ?? BLOC_NAME[id];
  return key ? formatMessage(lang, key) : atlas.blocs.find((b) => b.id === id)?.name ?? id;
};
/** A bloc's name in every language (search finds "Union africaine" and "非洲联盟"): from the catalogues loaded, and
 *  from `more`, every catalogue's texts by key (i18n/names.ts CatalogueNames), once search has them. */
export const groupNames = (atlas: Atlas, id: string, more: Readonly<Record<string, readonly string[]>> | null = null): string[] =>
  [...new Set([...LANGS.map((l) => groupName(atlas, id, l)), ...(more && BLOC_NAME[id] ? more[BLOC_NAME[id]] ?? [] : [])])];
/** The narrow-column form of a UN regional group's name ("African", "WEOG"). */
export const groupShort = (atlas: Atlas, id: string, lang: Lang): string =>
  (UN_GROUP[id] ? formatMessage(lang, UN_GROUP[id][1]) : groupName(atlas, id, lang));

/** A network group's name (UN group or bloc, see graph/grouping.ts), or "Other". */
export const groupLabel = (atlas: Atlas, group: string, lang: Lang = 'en'): string =>
  (group === OTHER ? formatMessage(lang, 'group.other') : groupName(atlas, group, lang));
