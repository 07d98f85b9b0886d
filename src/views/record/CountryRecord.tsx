import type { Atlas } from '../../data/atlas';
import { entityName, isMembershipAt, requestsAt } from '../../data/atlas';
import type { Country } from '../../data/schema';
import { TREATIES } from '../../data/vocab';
import { LENSES, UN_CONVENTION_OPENED, statusAt, type LensId } from '../../data/lenses';
import { KIND_LABELS, SPONSORED_DOC, TREATY_LABELS, VOTE_LABELS } from '../../data/labels';
import { summarise } from '../../data/summary';
import { countryRelations } from '../../data/relations';
import { formatDate } from '../../data/dates';
import { unConventionProgress } from '../../data/unConvention';
import type { Graph } from '../../graph/model';
import { Fact, When } from './Fact';
import { RelationGroups } from './RelationGroups';

const TREATY_LENS: Record<(typeof TREATIES)[number], LensId> = { cets185: 'budapest', ets189: 'budapest-p1', cets224: 'budapest-p2' };
// The treaty and UN convention sections already say what the instrument hubs of the graph say.
const SHOWN_ELSEWHERE = new Set(['budapest', 'un-convention']);

function StatusAt({ atlas, lens, id, t }: { atlas: Atlas; lens: LensId; id: string; t: string }) {
  const s = statusAt(atlas, lens, id, t);
  return (
    <>
      <strong>{LENSES[lens].classLabels[s.cls]}</strong>
      {s.atLatest && s.date && <> by {formatDate(s.date)} at the latest (exact date not recorded)</>}
      {s.cls === 'unknown' && s.next && (
        <> ({LENSES[lens].classLabels[s.next.cls]} {s.next.atLatest ? 'by' : 'from'} {formatDate(s.next.date)}{s.next.atLatest ? ' at the latest' : ''}; no evidence says when before that)</>
      )}
    </>
  );
}

function Treaties({ atlas, id, t }: { atlas: Atlas; id: string; t: string }) {
  return (
    <section aria-labelledby="rec-treaties">
      <h3 id="rec-treaties">Budapest Convention and protocols</h3>
      <ul className="facts">
        {TREATIES.map((tr) => {
          const f = atlas.treaty[tr].get(id);
          return (
            <Fact key={tr} atlas={atlas} label={TREATY_LABELS[tr]} sources={f?.sources ?? atlas.dataset.listSources[tr] ?? []} unverified={f?.unverified} note={f?.note}>
              <StatusAt atlas={atlas} lens={TREATY_LENS[tr]} id={id} t={t} />
              {f?.signed && <>; signed <When v={f.signed} t={t} /></>}
              {f?.ratified && <>; ratified or acceded <When v={f.ratified} t={t} /></>}
              {f?.inForce && <>; in force <When v={f.inForce} t={t} /></>}
              {!f && '; no signature, accession or invitation recorded'}
            </Fact>
          );
        })}
        {requestsAt(atlas, id, t).map((r) => (
          <Fact key={`${r.treaty}/${r.date}`} atlas={atlas} label={<>{TREATY_LABELS[r.treaty]}: request</>} sources={r.sources} unverified={r.unverified} note={r.note}>
            <span data-request-date={r.date}>Asked to be invited to accede, {formatDate(r.date)}</span>
          </Fact>
        ))}
      </ul>
    </section>
  );
}

/** The convention's distance from entry into force, cited to the complete lists of signatures and deposits. */
function UnConventionEntry({ atlas, t }: { atlas: Atlas; t: string }) {
  const p = unConventionProgress(atlas, t);
  return (
    <Fact atlas={atlas} label="Entry into force of the UN convention" sources={atlas.dataset.listSources['un-convention'] ?? []}>
      <span data-un-deposits={p.deposited}>
        {p.inForceFrom && p.inForceFrom <= t
          ? <>In force since <When v={p.inForceFrom} t={t} /></>
          : <><strong>{p.deposited} of the {p.needed}</strong> ratifications needed recorded as deposited; not in force</>}
      </span>
    </Fact>
  );
}

function UnFacts({ atlas, id, t }: { atlas: Atlas; id: string; t: string }) {
  const un = atlas.unConvention.get(id);
  const sponsor = atlas.sponsors.get(id);
  return (
    <section aria-labelledby="rec-un">
      <h3 id="rec-un">United Nations</h3>
      <ul className="facts">
        {(['unga-74-247', 'unga-73-187'] as const).map((r) => {
          const res = atlas.resolutionById.get(r)!;
          const v = atlas.votes.get(r)?.get(id);
          return (
            <Fact key={r} atlas={atlas} label={<>Vote on {res.symbol}</>} sources={v?.sources ?? res.sources}>
              <strong>{v ? VOTE_LABELS[v.vote] : 'Not a UN member at the vote'}</strong>, <When v={res.date} t={t} />
            </Fact>
          );
        })}
        <Fact atlas={atlas} label={<>Draft {SPONSORED_DOC}</>} sources={sponsor ?? atlas.dataset.listSources.sponsors ?? []}>
          {sponsor ? <strong>Co-sponsor</strong> : `Not among the ${atlas.sponsors.size} recorded co-sponsors`}
        </Fact>
        <Fact atlas={atlas} label="UN Convention against Cybercrime" sources={un?.sources ?? atlas.dataset.listSources['un-convention'] ?? []} unverified={un?.unverified} note={un?.note}>
          {t < UN_CONVENTION_OPENED
            ? <>Not yet open for signature (opened <When v={UN_CONVENTION_OPENED} t={t} />)</>
            : <StatusAt atlas={atlas} lens="un-convention" id={id} t={t} />}
          {un?.signed && <>; signed <When v={un.signed} t={t} /></>}
          {un?.ratified && <>; ratified <When v={un.ratified} t={t} /></>}
          {un && !un.signed && !un.ratified && '; signature date not recorded'}
          {!un && '; no signature recorded'}
        </Fact>
        {t >= UN_CONVENTION_OPENED && <UnConventionEntry atlas={atlas} t={t} />}
      </ul>
    </section>
  );
}

function Blocs({ atlas, id, t }: { atlas: Atlas; id: string; t: string }) {
  const ms = atlas.membershipsByCountry.get(id) ?? [];
  const name = (b: string) => atlas.blocs.find((x) => x.id === b)?.name ?? b;
  const kindOf = (b: string) => atlas.blocs.find((x) => x.id === b)?.kind;
  const render = (list: typeof ms) => list.map((m, i) => (
    <Fact key={`${m.bloc}-${i}`} atlas={atlas} label={name(m.bloc)} sources={m.sources} unverified={m.unverified} note={m.note}>
      {m.status}{m.since && <>, since <When v={m.since} t={t} /></>}{m.until && <>, until <When v={m.until} t={t} /></>}
      {isMembershipAt(m, t) ? '' : ' (not current at the date shown)'}
    </Fact>
  ));
  const groups = ms.filter((m) => kindOf(m.bloc) === 'un-group');
  const blocs = ms.filter((m) => kindOf(m.bloc) === 'bloc').sort((a, b) => Number(isMembershipAt(b, t)) - Number(isMembershipAt(a, t)));
  return (
    <section aria-labelledby="rec-blocs">
      <h3 id="rec-blocs">Regional group and blocs</h3>
      <ul className="facts">
        {groups.length ? render(groups) : <li className="fact">No UN regional group</li>}
        {render(blocs)}
      </ul>
    </section>
  );
}

export function CountryRecord({ atlas, country, graph, t }: { atlas: Atlas; country: Country; graph: Graph | null; t: string }) {
  const id = country.id;
  const groups = graph ? countryRelations(graph, id, (x) => entityName(atlas, x)).filter((g) => !SHOWN_ELSEWHERE.has(g.key)) : [];
  return (
    <>
      <p className="record-kind">
        {KIND_LABELS[country.kind]} · {id}{country.isoNumeric && ` · ${country.isoNumeric}`}
      </p>
      <p className="record-summary">{summarise(atlas, id, t)}</p>
      <p className="record-asof">Statuses as of {formatDate(t)}.</p>
      {country.note && <p className="record-note">{country.note}</p>}
      <ul className="facts">
        <Fact atlas={atlas} label="UN name" sources={country.sources}>
          {country.name}{country.aliases.length > 0 && <>; also {country.aliases.join('; ')}</>}
        </Fact>
      </ul>
      {country.kind !== 'territory' && <Treaties atlas={atlas} id={id} t={t} />}
      {country.kind !== 'territory' && <UnFacts atlas={atlas} id={id} t={t} />}
      <Blocs atlas={atlas} id={id} t={t} />
      <section aria-labelledby="rec-rel">
        <h3 id="rec-rel">Cooperation relations</h3>
        {groups.length ? <RelationGroups atlas={atlas} groups={groups} t={t} /> : <p>None recorded at this date.</p>}
      </section>
    </>
  );
}

