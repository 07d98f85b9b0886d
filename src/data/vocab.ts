// The dataset's fixed vocabularies and date pattern, apart from the zod schema (schema.ts) so that the page can
// use them without loading zod: validation is its own chunk, fetched beside the data (data/queries.ts).
export const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const ENTITY_KINDS = ['un-member', 'observer', 'territory'] as const;
export const NODE_KINDS = ['organisation', 'agency', 'instrument', 'company'] as const;
export const TREATIES = ['cets185', 'ets189', 'cets224'] as const;
export const TREATY_STATUSES = ['party', 'signatory', 'invited', 'none'] as const;
export const VOTES = ['yes', 'no', 'abstain', 'absent'] as const;
export const MEMBERSHIP_STATUSES = ['member', 'observer', 'suspended', 'withdrawn'] as const;
export const EDGE_STAGES = ['in_force', 'signed', 'negotiating', 'ongoing', 'ended', 'suspended'] as const;
// `requested`: the State asked to be invited to accede; a dated event that changes no status (Dataset.requests).
export const EVIDENCE_KINDS = ['signed', 'invited', 'known_by', 'not_before', 'requested'] as const;

/** The six official UN languages, in the UN's order (alphabetical in English). */
export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
/** The languages data/raw/names.csv carries; English names are the registry's own. */
export const NAME_LANGS = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
