import type { Atlas } from '../../data/atlas';
import { isMembershipAt, membershipStatus, requestsAt } from '../../data/atlas';
import type { Country, Treaty, TreatyFact } from '../../data/schema';
import { onOrBefore } from '../../data/dates';
import { EIF_ARTICLES, stateInForce, treatyInForce, treatyProgress } from '../../data/inForce';
import { TREATIES } from '../../data/vocab';
import { UN_CONVENTION_OPENED, statusAt, type LensId } from '../../data/lenses';
import { SPONSORED_DOC, sponsorsOnRecordFrom } from '../../data/labels';
import { summarise } from '../../data/summary';
import { countryRelations } from '../../data/relations';
import type { MessageKey } from '../../i18n/catalogue';
import { classLabel } from '../../i18n/terms';
import { groupName, kindLabel, membershipWord } from '../../i18n/entityWords';
import { nameOf } from '../../i18n/names';
import { useI18n } from '../../i18n/useI18n';
import { commaSep, listSep, parens } from '../../i18n/langs';
import { beforeLensText } from '../map/describe';
import { unConventionProgress } from '../../data/unConvention';
import type { Graph } from '../../graph/model';
import { Fact, laterWords, When } from './Fact';
import { RecordNote } from './EnglishNote';
import { RelationGroups } from './RelationGroups';
import { blocSel } from '../../data/blocs';
import { nearUniversalOf } from '../../graph/universal';
import { useAppStore } from '../../store/appStore';

const TREATY_LENS: Record<(typeof TREATIES)[number], LensId> = { cets185: 'budapest', ets189: 'budapest-p1', cets224: 'budapest-p2' };
// The treaty and UN convention sections already say what the instrument hubs of the graph say.
const SHOWN_ELSEWHERE = new Set(['budapest', 'un-convention']);
const TREATY_KEYS: Record<(typeof TREATIES)[number], MessageKey> = { cets185: 'record.treaty.cets185', ets189: 'record.treaty.ets189', cets224: 'record.treaty.cets224' };

function StatusAt({ atlas, lens, id, t }: { atlas: Atlas; lens: LensId; id: string; t: string }) {
  const s = statusAt(atlas, lens, id, t);
  const { lang, t: tr, date: fmt } = useI18n();
  return (
    <>
      <strong>{classLabel(lens, s.cls, lang)}</strong>
      {s.atLatest && s.date && <> {tr('status.byAtLatest', { date: fmt(s.date) })} ({tr('status.noExactDate')})</>}
      {s.cls === 'unknown' && s.next && (
        <> {tr('record.nextKnown', { status: classLabel(lens, s.next.cls, lang), atLatest: s.next.atLatest ? 'yes' : 'no', date: fmt(s.next.date) })}</>
      )}
    </>
  );
}

/** A State counted as a Party from its deposit (as the Council of Europe counts) that the treaty does not bind yet on
 *  day t: its entry into force for that State is later, or the treaty itself is not in force (data/inForce.ts). */
function NotYetBound({ atlas, treaty, f, t }: { atlas: Atlas; treaty: Treaty; f: TreatyFact; t: string }) {
  const { t: w, lang } = useI18n();
  if (statusAt(atlas, TREATY_LENS[treaty], f.country, t).cls !== 'party') return null;
  const eif = stateInForce(atlas, treaty, f);
  const notYet = eif ? !eif.atLatest && eif.date > t : !treatyInForce(atlas, treaty);
  const [open, close] = parens(lang);
  return notYet ? <>{open}<span data-not-in-force>{w('record.notYetInForce')}</span>{close}</> : null;
}

/** The day the treaty is in force for the State: recorded, or computed from the deposit by the treaty's article;
 *  for a treaty not in force, how many of the consents it needs are deposited. */
function InForce({ atlas, treaty, f, t }: { atlas: Atlas; treaty: Treaty; f: TreatyFact; t: string }) {
  const { t: w, date: fmt, lang } = useI18n();
  const sep = listSep(lang);
  const eif = stateInForce(atlas, treaty, f);
  if (eif) {
    const later = !onOrBefore(eif.date, t);
    const derived = eif.derived ? w('record.inForceByArticle', { article: eif.article ?? '' }) : undefined;
    return (
      <span data-in-force={eif.date} data-in-force-derived={eif.derived ? 'true' : undefined}>
        {sep}{w('record.inForce')}{' '}
        {/* one pair of parentheses: "1 March 2023 (after the date shown, computed from the deposit: Art. 36(4))" */}
        {eif.atLatest
          ? <span className={later ? 'later' : undefined}>{w('status.byAtLatest', { date: fmt(eif.date) })}{laterWords(lang, w, later, false, derived)}</span>
          : <When v={eif.date} t={t} also={derived} />}
      </span>
    );
  }
  if (treatyInForce(atlas, treaty)) return null;
  const p = treatyProgress(atlas, treaty, t);
  return <span data-treaty-not-in-force={p.deposited}>{sep}{w('record.protocolNotInForce', { deposited: p.deposited, needed: p.needed, article: EIF_ARTICLES[treaty].treaty })}</span>;
}

function Treaties({ atlas, id, t }: { atlas: Atlas; id: string; t: string }) {
  const { t: w, date: fmt, lang } = useI18n();
  const sep = listSep(lang);
  return (
    <section aria-labelledby="rec-treaties">
      <h3 id="rec-treaties">{w('record.h.treaties')}</h3>
      <ul className="facts">
        {TREATIES.map((tr) => {
          const f = atlas.treaty[tr].get(id);
          // before the treaty opened: when it did, not "no data" (the legend's words)
          const before = beforeLensText(atlas, TREATY_LENS[tr], t, lang);
          return (
            <Fact key={tr} atlas={atlas} label={w(TREATY_KEYS[tr])} sources={f?.sources ?? atlas.dataset.listSources[tr] ?? []} unverified={f?.unverified} row={f}>
              {before !== null ? <span data-not-yet-open>{before}</span> : <StatusAt atlas={atlas} lens={TREATY_LENS[tr]} id={id} t={t} />}
              {before === null && f && <NotYetBound atlas={atlas} treaty={tr} f={f} t={t} />}
              {f?.signed && <>{sep}{w('record.signed')} <When v={f.signed} t={t} /></>}
              {f?.ratified && <>{sep}{w('record.ratifiedOrAcceded')} <When v={f.ratified} t={t} /></>}
              {f && <InForce atlas={atlas} treaty={tr} f={f} t={t} />}
              {!f && `${sep}${w('record.noTreatyRecord')}`}
            </Fact>
          );
        })}
        {requestsAt(atlas, id, t).map((r) => (
          <Fact key={`${r.treaty}/${r.date}`} atlas={atlas} label={w('record.requestLabel', { treaty: w(TREATY_KEYS[r.treaty]) })} sources={r.sources} unverified={r.unverified} row={r}>
            <span data-request-date={r.date}>{w('record.requestText', { date: fmt(r.date) })}</span>
          </Fact>
        ))}
      </ul>
    </section>
  );
}

/** The convention's distance from entry into force, cited to the complete lists of signatures and deposits. */
function UnConventionEntry({ atlas, t }: { atlas: Atlas; t: string }) {
  const p = unConventionProgress(atlas, t);
  const { t: w } = useI18n();
  return (
    <Fact atlas={atlas} label={w('record.unEntry')} sources={atlas.dataset.listSources['un-convention'] ?? []}>
      <span data-un-deposits={p.deposited}>
        {p.inForceFrom && p.inForceFrom <= t
          ? <>{w('record.inForceSince')} <When v={p.inForceFrom} t={t} /></>
          : <><strong>{w('record.deposits', { deposited: p.deposited, needed: p.needed })}</strong> {w('record.depositsRest')}</>}
      </span>
    </Fact>
  );
}

function UnFacts({ atlas, id, t }: { atlas: Atlas; id: string; t: string }) {
  const un = atlas.unConvention.get(id);
  const sponsor = atlas.sponsors.get(id);
  const { lang, t: w } = useI18n();
  const sep = listSep(lang);
  const [open, close] = parens(lang);
  return (
    <section aria-labelledby="rec-un">
      <h3 id="rec-un">{w('record.h.un')}</h3>
      <ul className="facts">
        {(['unga-74-247', 'unga-73-187'] as const).map((r) => {
          const res = atlas.resolutionById.get(r)!;
          const v = atlas.votes.get(r)?.get(id);
          return (
            <Fact key={r} atlas={atlas} label={w('record.voteOn', { symbol: res.symbol })} sources={v?.sources ?? res.sources}>
              {t < res.date
                // before the vote: nothing was cast yet; the vote to come is said as later, as the treaty dates are
                ? <><strong>{w('record.notYetVoted')}</strong>{open}<span className="later">{v ? classLabel(r, v.vote, lang) : w('record.notMemberAtVote')}</span>{commaSep(lang)}<When v={res.date} t={t} inner />{close}</>
                : <><strong>{v ? classLabel(r, v.vote, lang) : w('record.notMemberAtVote')}</strong>{commaSep(lang)}<When v={res.date} t={t} /></>}
            </Fact>
          );
        })}
        <Fact atlas={atlas} label={w('record.draft', { doc: SPONSORED_DOC })} sources={sponsor ?? atlas.dataset.listSources.sponsors ?? []}>
          {/* before the draft's co-sponsors are on record, not being one of them is as much a later fact as being one */}
          {t < sponsorsOnRecordFrom(atlas)
            ? <span className="later" data-later-fact="">{sponsor ? w('record.coSponsor') : w('record.notCoSponsor', { count: atlas.sponsors.size })} {w('record.afterShown')}</span>
            : sponsor ? <strong>{w('record.coSponsor')}</strong> : w('record.notCoSponsor', { count: atlas.sponsors.size })}
        </Fact>
        <Fact atlas={atlas} label={w('record.unConvention')} sources={un?.sources ?? atlas.dataset.listSources['un-convention'] ?? []} unverified={un?.unverified} row={un}>
          {t < UN_CONVENTION_OPENED
            ? <>{w('record.notYetOpen')}{open}{w('record.opened')}{w('record.opened').endsWith('：') ? '' : ' '}<When v={UN_CONVENTION_OPENED} t={t} inner />{close}</>
            : <StatusAt atlas={atlas} lens="un-convention" id={id} t={t} />}
          {un?.signed && <>{sep}{w('record.signed')} <When v={un.signed} t={t} /></>}
          {un?.ratified && <>{sep}{w('record.ratified')} <When v={un.ratified} t={t} /></>}
          {un && !un.signed && !un.ratified && `${sep}${w('record.signatureNotRecorded')}`}
          {!un && `${sep}${w('record.noSignature')}`}
        </Fact>
        {t >= UN_CONVENTION_OPENED && <UnConventionEntry atlas={atlas} t={t} />}
      </ul>
    </section>
  );
}

/** INTERPOL membership and UNTOC party status at the date, as badges (the network shows them as hub counts). */
function NearUniversal({ graph, id }: { graph: Graph | null; id: string }) {
  const { t: w } = useI18n();
  const hubs = graph ? nearUniversalOf(graph, id) : [];
  if (!hubs.length) return null;
  return (
    <p className="record-universal" data-universal={hubs.join(' ')}>
      {hubs.map((h) => <span key={h} className="badge-universal">{w(h === 'interpol' ? 'blocs.interpolMember' : 'blocs.untocParty')}</span>)}
    </p>
  );
}

/** A bloc's name that selects the bloc (its members lit on the map and in the network). */
function BlocButton({ id, name }: { id: string; name: string }) {
  const select = useAppStore((s) => s.entitySelected);
  return <button type="button" className="entity-link" onClick={() => select(blocSel(id))}>{name}</button>;
}

function Blocs({ atlas, id, t }: { atlas: Atlas; id: string; t: string }) {
  const ms = atlas.membershipsByCountry.get(id) ?? [];
  const { t: w, lang } = useI18n();
  const name = (b: string) => groupName(atlas, b, lang); // UN groups by their UN names; blocs by the data's
  const kindOf = (b: string) => atlas.blocs.find((x) => x.id === b)?.kind;
  const render = (list: typeof ms) => list.map((m, i) => (
    <Fact key={`${m.bloc}-${i}`} atlas={atlas} label={kindOf(m.bloc) === 'bloc' ? <BlocButton id={m.bloc} name={name(m.bloc)} /> : name(m.bloc)}
      sources={m.sources} unverified={m.unverified} row={m}>
      {membershipWord(membershipStatus(m), lang)}{m.since && <>, {w('record.sinceWord')} <When v={m.since} t={t} /></>}{m.until && <>, {w('record.untilWord')} <When v={m.until} t={t} /></>}
      {/* a membership that starts after the date shown says so by its date's "(after the date shown)": no second aside */}
      {isMembershipAt(m, t) || (m.since && !onOrBefore(m.since, t)) ? '' : ` ${w('record.notCurrent')}`}
    </Fact>
  ));
  const groups = ms.filter((m) => kindOf(m.bloc) === 'un-group');
  const blocs = ms.filter((m) => kindOf(m.bloc) === 'bloc').sort((a, b) => Number(isMembershipAt(b, t)) - Number(isMembershipAt(a, t)));
  return (
    <section aria-labelledby="rec-blocs">
      <h3 id="rec-blocs">{w('record.h.blocs')}</h3>
      <ul className="facts">
        {groups.length ? render(groups) : <li className="fact">{w('record.noUnGroup')}</li>}
        {render(blocs)}
      </ul>
    </section>
  );
}

export function CountryRecord({ atlas, country, graph, t }: { atlas: Atlas; country: Country; graph: Graph | null; t: string }) {
  const id = country.id;
  const { t: w, date: fmt, lang } = useI18n();
  const groups = graph ? countryRelations(graph, id, (x) => nameOf(atlas, x, lang), lang).filter((g) => !SHOWN_ELSEWHERE.has(g.key)) : [];
  const names = atlas.namesById.get(id);
  const unName = lang !== 'en' && names?.[lang] ? { name: names[lang]!, sources: names.sources } : null;
  return (
    <>
      <p className="record-kind">
        {kindLabel(country.kind, lang)} · {id}{country.isoNumeric && ` · ${country.isoNumeric}`}
      </p>
      <NearUniversal graph={graph} id={id} />
      <p className="record-summary">{summarise(atlas, id, t, lang)}</p>
      <p className="record-asof">{w('record.asOf', { date: fmt(t) })}</p>
      <RecordNote atlas={atlas} row={country} />
      <ul className="facts">
        <Fact atlas={atlas} label={w('record.unName')} sources={unName ? [...new Set([...unName.sources, ...country.sources])] : country.sources}>
          {/* the UN's name in the page language (data/raw/names.csv), then the registry's English name and aliases, as written */}
          {unName && <>{unName.name} · </>}
          <span lang="en">{country.name}</span>{country.aliases.length > 0 && <>{listSep(lang)}{w('record.also')} <span lang="en">{country.aliases.join('; ')}</span></>}
        </Fact>
      </ul>
      {country.kind !== 'territory' && <Treaties atlas={atlas} id={id} t={t} />}
      {country.kind !== 'territory' && <UnFacts atlas={atlas} id={id} t={t} />}
      <Blocs atlas={atlas} id={id} t={t} />
      <section aria-labelledby="rec-rel">
        <h3 id="rec-rel">{w('record.h.relations')}</h3>
        {groups.length ? <RelationGroups atlas={atlas} groups={groups} t={t} /> : <p>{w('record.noneAtDate')}</p>}
      </section>
    </>
  );
}

