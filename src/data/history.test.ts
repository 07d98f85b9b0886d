// @vitest-environment node
// Table tests of the status-at-date function at its boundaries: the day before and the day of each change, for
// every kind of evidence (issue #13). Rows read the bundled dataset: the product is the data.
import { describe, expect, it } from 'vitest';
import { testAtlas } from './testAtlas';
import { statusAt, type LensId } from './lenses';
import { edgeStageAt, edgeUnknownAt } from './edgeStages';
import { dayAfter, dayBefore, endOf, milestoneAt, datedMilestone, boundMilestone } from './history';

const atlas = testAtlas();
type Row = [what: string, lens: LensId, id: string, day: string, cls: string];

const table: Row[] = [
  // undated, with a bounding source: Serbia (law 2009-03-19 → deposit later; CoE list of 2011-06-01 names it)
  ['undated, bounded: unknown before the list', 'budapest', 'SRB', '2011-05-31', 'unknown'],
  ['undated, bounded: party on the list day', 'budapest', 'SRB', '2011-06-01', 'party'],
  ['undated, bounded: Ecuador not party on its not_before month', 'budapest', 'ECU', '2024-06-30', 'none'],
  ['undated, bounded: Ecuador unknown after it', 'budapest', 'ECU', '2024-07-01', 'unknown'],
  ['undated, bounded: Ecuador unknown the day before its first listing', 'budapest', 'ECU', '2026-01-13', 'unknown'],
  ['undated, bounded: Ecuador party on it', 'budapest', 'ECU', '2026-01-14', 'party'],
  // ETS 189 Parties with no deposit date, bounded by the CoE's count of 2023-01-30 (coe:S146: 34 = 31 dated + these
  // three; budapest-evidence.csv): unknown after their laws, a Party from that day
  ['undated ETS 189, bounded by a count: Serbia unknown the day before', 'budapest-p1', 'SRB', '2023-01-29', 'unknown'],
  ['undated ETS 189, bounded by a count: Serbia party on the day', 'budapest-p1', 'SRB', '2023-01-30', 'party'],
  ['undated ETS 189, bounded by a count: Romania unknown the day before', 'budapest-p1', 'ROU', '2023-01-29', 'unknown'],
  ['undated ETS 189, bounded by a count: Romania party on the day', 'budapest-p1', 'ROU', '2023-01-30', 'party'],
  ['undated ETS 189: Paraguay not party on its approval law day', 'budapest-p1', 'PRY', '2017-12-15', 'none'],
  ['undated ETS 189, bounded by a count: Paraguay unknown the day before', 'budapest-p1', 'PRY', '2023-01-29', 'unknown'],
  ['undated ETS 189, bounded by a count: Paraguay party on the day', 'budapest-p1', 'PRY', '2023-01-30', 'party'],
  // signed then ratified: the United Kingdom (signed 2001-11-23, ratified 2011-05-25)
  ['not applicable the day before the opening', 'budapest', 'GBR', '2001-11-22', 'no-data'],
  ['signed: signatory on the opening day', 'budapest', 'GBR', '2001-11-23', 'signatory'],
  ['ratified: signatory the day before', 'budapest', 'GBR', '2011-05-24', 'signatory'],
  ['ratified: party on the day', 'budapest', 'GBR', '2011-05-25', 'party'],
  // invited then acceded: Australia (invited 2010-09-20, acceded 2012-11-30)
  ['invited: none the day before', 'budapest', 'AUS', '2010-09-19', 'none'],
  ['invited: invited on the day', 'budapest', 'AUS', '2010-09-20', 'invited'],
  ['acceded: invited the day before', 'budapest', 'AUS', '2012-11-29', 'invited'],
  ['acceded: party on the day', 'budapest', 'AUS', '2012-11-30', 'party'],
  // a ratifying member whose signature day is not recorded: unknown (could be a signatory) until it ratified
  ['missing signature: unknown the day before ratification', 'budapest', 'SVK', '2008-01-07', 'unknown'],
  ['missing signature: party on the day', 'budapest', 'SVK', '2008-01-08', 'party'],
  // A Party from its deposit, as the Council of Europe counts it (on the day of an accession: coe:S01, S109, S146),
  // before the treaty is in force for it: Brazil acceded on 2022-11-30, bound from 2023-03-01 (coe:S45). The record
  // says both days and "not yet in force for it" in between (inForce.ts, EntityRecord.test).
  ['deposit: none the day before Brazil acceded', 'budapest', 'BRA', '2022-11-29', 'none'],
  ['deposit: a Party on the day, as the CoE counts', 'budapest', 'BRA', '2022-11-30', 'party'],
  ['deposit: still a Party the day before it is bound', 'budapest', 'BRA', '2023-02-28', 'party'],
  // CETS 224, not in force: Japan ratified on 2023-08-10 (coe:S02), counted under the class the contract names `party`
  ['Protocol not in force: Japan a signatory the day before it ratified', 'budapest-p2', 'JPN', '2023-08-09', 'signatory'],
  ['Protocol not in force: Japan in the ratified class from the day', 'budapest-p2', 'JPN', '2023-08-10', 'party'],
];

describe('statusAt at the boundaries', () => {
  it.each(table)('%s (%s %s %s → %s)', (_what, lens, id, day, cls) => {
    expect(statusAt(atlas, lens, id, day).cls).toBe(cls);
  });

  it('says what is known of an undated status: the bound and its source', () => {
    const s = statusAt(atlas, 'budapest', 'SRB', '2011-06-01');
    expect(s).toMatchObject({ atLatest: true, date: '2011-06-01', sources: ['coe:S64'] });
    expect(statusAt(atlas, 'budapest', 'SRB', '2010-01-01')).toMatchObject({ cls: 'unknown', next: { cls: 'party', date: '2011-06-01', atLatest: true } });
  });

  it('the undated ETS 189 Parties are bounded by the CoE count of 2023-01-30, cited; Paraguay and Romania stay unverified', () => {
    const count = (t: string) => atlas.countries.filter((c) => statusAt(atlas, 'budapest-p1', c.id, t).cls === 'party').length;
    expect([count('2023-01-30'), count('2024-06-20'), count('2025-06-05')]).toEqual([34, 36, 38]); // coe:S146, S01, S14
    expect(count('2023-01-29')).toBe(30);
    for (const id of ['PRY', 'ROU', 'SRB']) {
      const s = statusAt(atlas, 'budapest-p1', id, '2023-01-30');
      expect(s, id).toMatchObject({ cls: 'party', atLatest: true, date: '2023-01-30' });
      expect(s.sources, id).toContain('coe:S146');
      expect(s.unverified, id).toBe(id !== 'SRB');
    }
    expect(statusAt(atlas, 'budapest-p1', 'SRB', '2023-01-30').sources).toContain('coe:S152');
  });

  it('a signature cites the source of that signature, not the row\'s other sources', () => {
    expect(statusAt(atlas, 'budapest', 'CHE', '2005-01-01').sources).toEqual(['coe:S145']);
    expect(statusAt(atlas, 'budapest-p2', 'ALB', atlas.asOf).sources).toEqual(['coe:S02']);
  });
});

const edge = (source: string, target: string, relation: string) =>
  atlas.edges.find((e) => e.source === source && e.target === target && e.relation === relation)!;
const stage = (e: ReturnType<typeof edge>, day: string) => edgeStageAt(atlas, e, day)?.cls ?? 'absent';

describe('relations at the boundaries', () => {
  const rus = edge('RUS', 'europol', 'strategic_agreement');
  const aus = edge('AUS', 'USA', 'cloud_act_agreement');
  const bra = edge('BRA', 'europol', 'operational_agreement');
  const bfa = edge('BFA', 'ecowas-dir-2011', 'bound_by');
  const dnk = edge('DNK', 'eurojust', 'member_of');
  const ukrEj = edge('UKR', 'eurojust', 'cooperation_agreement');
  const mneEj = edge('MNE', 'eurojust', 'cooperation_agreement');
  const srbEj = edge('SRB', 'eurojust', 'cooperation_agreement');
  const geoEp = edge('GEO', 'europol', 'operational_agreement');
  const lieEp = edge('LIE', 'europol', 'operational_agreement');
  const mdaEp = edge('MDA', 'europol', 'operational_agreement');
  const mneEp = edge('MNE', 'europol', 'operational_agreement');
  const bihEp = edge('BIH', 'europol', 'operational_agreement');
  const mcoEp = edge('MCO', 'europol', 'operational_agreement');
  const lieEj = edge('LIE', 'eurojust', 'cooperation_agreement');
  const geoEj = edge('GEO', 'eurojust', 'cooperation_agreement');
  const xkxEp = edge('XKX', 'europol', 'working_arrangement');
  const isrEp = edge('ISR', 'europol', 'working_arrangement');
  const jpnEp = edge('JPN', 'europol', 'working_arrangement');
  const korEp = edge('KOR', 'europol', 'working_arrangement');
  const areEp = edge('ARE', 'europol', 'strategic_agreement');
  const chnEp = edge('CHN', 'europol', 'strategic_agreement');
  const braEpS = edge('BRA', 'europol', 'strategic_agreement');
  const albEp = edge('ALB', 'europol', 'operational_agreement');
  const albEj = edge('ALB', 'eurojust', 'cooperation_agreement');
  const norEj = edge('NOR', 'eurojust', 'cooperation_agreement');
  const panEj = edge('PAN', 'eurojust', 'working_arrangement');
  const perEj = edge('PER', 'eurojust', 'working_arrangement');
  const usaEj = edge('USA', 'eurojust', 'cooperation_agreement');
  const mkdEj = edge('MKD', 'eurojust', 'cooperation_agreement');
  const islEj = edge('ISL', 'eurojust', 'cooperation_agreement');
  const marIp = edge('MAR', 'interpol', 'member_of');
  const tcdIp = edge('TCD', 'interpol', 'member_of');
  const kgzIp = edge('KGZ', 'interpol', 'member_of');
  const rows: [string, ReturnType<typeof edge>, string, string][] = [
    ['Russia–Europol absent the day before the 2003 agreement', rus, '2003-11-05', 'absent'],
    ['Russia–Europol in force on its day', rus, '2003-11-06', 'in_force'],
    ['Russia–Europol still in force on the last day of February 2022', rus, '2022-02-28', 'in_force'],
    ['Russia–Europol suspended once March 2022 is over', rus, '2022-03-31', 'suspended'],
    ['Australia–US CLOUD Act absent in 2010', aus, '2010-01-01', 'absent'],
    ['Australia–US CLOUD Act absent the day before signature', aus, '2021-12-14', 'absent'],
    ['Australia–US CLOUD Act signed on the day', aus, '2021-12-15', 'signed'],
    ['Australia–US CLOUD Act signed the day before its in-force evidence', aus, '2025-03-10', 'signed'],
    ['Australia–US CLOUD Act in force on the evidence day', aus, '2025-03-11', 'in_force'],
    ['Brazil–Europol operational agreement absent the day before signature', bra, '2025-03-04', 'absent'],
    ['Brazil–Europol operational agreement signed, not in force', bra, atlas.asOf, 'signed'],
    // an ended relation was in force until it ended, never "ended" before its end date
    ['Burkina Faso–ECOWAS Directive absent the day before its adoption', bfa, '2011-08-18', 'absent'],
    ['Burkina Faso–ECOWAS Directive in force from its adoption', bfa, '2011-08-19', 'in_force'],
    ['Burkina Faso–ECOWAS Directive in force the day before leaving ECOWAS', bfa, '2025-01-28', 'in_force'],
    ['Burkina Faso–ECOWAS Directive gone once it left ECOWAS', bfa, '2025-01-29', 'absent'],
    // Denmark, bound by the 2002 Decision, not by the 2018 Regulation that replaced it on 2019-12-12 (net:S309, net:S310)
    ['Denmark a member of Eurojust in 2010', dnk, '2010-01-01', 'in_force'],
    ['Denmark a member of Eurojust the day before the Regulation applied', dnk, '2019-12-11', 'in_force'],
    ['Denmark no longer a member once the Regulation applied', dnk, '2019-12-12', 'absent'],
    // Eurojust's agreements with Ukraine and Montenegro: signed in Brussels on 2016-06-27 and 2016-05-03, in force in
    // 2017 (Eurojust Annual Report 2017, net:S329); Ukraine's ratification law was signed in March 2017 (net:S72)
    ['Ukraine–Eurojust absent the day before signature', ukrEj, '2016-06-26', 'absent'],
    ['Ukraine–Eurojust signed on the day, not in force', ukrEj, '2016-06-27', 'signed'],
    ['Ukraine–Eurojust not in force when its ratification law was signed', ukrEj, '2017-03-08', 'signed'],
    ['Ukraine–Eurojust in force by the end of 2017', ukrEj, '2017-12-31', 'in_force'],
    ['Montenegro–Eurojust signed on the day, not in force', mneEj, '2016-05-03', 'signed'],
    ['Montenegro–Eurojust in force by the end of 2017', mneEj, '2017-12-31', 'in_force'],
    // Serbia's, signed in Belgrade on 2019-11-12, went to its Assembly for ratification on 2019-11-27 (net:S330);
    // Eurojust's Annual Report 2020 has it concluded and Serbia's Liaison Prosecutor arriving in March 2020 (net:S75)
    ['Serbia–Eurojust signed on the day, not in force', srbEj, '2019-11-12', 'signed'],
    ['Serbia–Eurojust not in force when its ratification bill was tabled', srbEj, '2019-11-27', 'signed'],
    ['Serbia–Eurojust in force by the end of 2020', srbEj, '2020-12-31', 'in_force'],
    // Georgia–Europol: signed (reported 2017-04-05), ratified by Georgia's Parliament on 2017-06-16 (net:S331)
    ['Georgia–Europol signed, not in force, the day it was reported signed', geoEp, '2017-04-05', 'signed'],
    ['Georgia–Europol not in force the day before its ratification', geoEp, '2017-06-15', 'signed'],
    ['Georgia–Europol in force on its ratification', geoEp, '2017-06-16', 'in_force'],
    // Liechtenstein–Europol: signed in Luxembourg 2013-06-07 (net:S132), in force 2013-12-02 (LGBl. 2013 Nr. 405, net:S332)
    ['Liechtenstein–Europol absent the day before signature', lieEp, '2013-06-06', 'absent'],
    ['Liechtenstein–Europol signed on the day, not in force', lieEp, '2013-06-07', 'signed'],
    ['Liechtenstein–Europol not in force the day before its entry into force', lieEp, '2013-12-01', 'signed'],
    ['Liechtenstein–Europol in force on 2013-12-02', lieEp, '2013-12-02', 'in_force'],
    // Moldova–Europol: signed 2014-12-18, approved for ratification 2015-04-29 (net:S46), ratified 2015-05-28
    // (net:S334); no dated source read says it in force, so it is not drawn in force at those dates
    ['Moldova–Europol signed on the day, not in force', mdaEp, '2014-12-18', 'signed'],
    ['Moldova–Europol not in force when approved for ratification', mdaEp, '2015-04-29', 'signed'],
    ['Moldova–Europol not in force on its ratification law', mdaEp, '2015-05-28', 'signed'],
    ['Moldova–Europol not shown in force in 2015', mdaEp, '2015-12-31', 'signed'],
    // Montenegro–Europol: signed in The Hague 2014-09-29, then a ratification bill (net:S134); liaison officers at
    // Europol reported in June 2020 (net:S48), the first dated source read that has it working
    ['Montenegro–Europol signed on the day, not in force', mneEp, '2014-09-29', 'signed'],
    ['Montenegro–Europol not shown in force before its first in-force evidence', mneEp, '2020-06-29', 'signed'],
    ['Montenegro–Europol in force by the end of June 2020', mneEp, '2020-06-30', 'in_force'],
    // Bosnia and Herzegovina–Europol: signed 2016-08-31 (net:S19); applied by 2018-09-26 (EU Delegation, net:S335)
    ['BiH–Europol signed on the day, not in force', bihEp, '2016-08-31', 'signed'],
    ['BiH–Europol not shown in force the day before its in-force evidence', bihEp, '2018-09-25', 'signed'],
    ['BiH–Europol in force by its in-force evidence', bihEp, '2018-09-26', 'in_force'],
    // Monaco–Europol: signed 2011-05-06 (net:S133); no dated source read says it in force
    ['Monaco–Europol signed on the day, not in force', mcoEp, '2011-05-06', 'signed'],
    ['Monaco–Europol still only signed in 2020', mcoEp, '2020-01-01', 'signed'],
    // Eurojust's agreements with Liechtenstein (signed 2013-06-07, net:S73) and Georgia (2019-03-29, net:S69): "in
    // place" in the Commission's recommendation of 2020-11-19 (net:S333), the first dated source read that says so
    ['Liechtenstein–Eurojust signed on the day, not in force', lieEj, '2013-06-07', 'signed'],
    ['Liechtenstein–Eurojust not shown in force the day before its in-force evidence', lieEj, '2020-11-18', 'signed'],
    ['Liechtenstein–Eurojust in force by 2020-11-19', lieEj, '2020-11-19', 'in_force'],
    ['Georgia–Eurojust signed on the day, not in force', geoEj, '2019-03-29', 'signed'],
    ['Georgia–Eurojust not shown in force the day before its in-force evidence', geoEj, '2020-11-18', 'signed'],
    ['Georgia–Eurojust in force by 2020-11-19', geoEj, '2020-11-19', 'in_force'],
    // Kosovo–Europol: the working arrangement "will become effective on the date of its signature" (net:S336), 2020-07-27 (net:S49)
    ['Kosovo–Europol absent the day before signature', xkxEp, '2020-07-26', 'absent'],
    ['Kosovo–Europol in force on its signature', xkxEp, '2020-07-27', 'in_force'],
    // Israel–Europol: signed in The Hague 2018-07-17, "once it enters into force" (net:S337); Japan–Europol: signed
    // 2018-12-03 (net:S338); both working by Europol's JPSG contribution of 2020-05-29 (net:S41)
    ['Israel–Europol signed on the day, not in force', isrEp, '2018-07-17', 'signed'],
    ['Israel–Europol not shown in force the day before its in-force evidence', isrEp, '2020-05-28', 'signed'],
    ['Israel–Europol in force by 2020-05-29', isrEp, '2020-05-29', 'in_force'],
    ['Japan–Europol absent the day before signature', jpnEp, '2018-12-02', 'absent'],
    ['Japan–Europol signed on the day, not in force', jpnEp, '2018-12-03', 'signed'],
    ['Japan–Europol in force by 2020-05-29', jpnEp, '2020-05-29', 'in_force'],
    // Korea–Europol: approved by Europol 2021-10-06, signed 2021-12-22 (net:S339), working by 2021-12-23 (net:S50)
    ['Korea–Europol not there on the day Europol approved it', korEp, '2021-10-06', 'absent'],
    ['Korea–Europol signed on the day, not in force', korEp, '2021-12-22', 'signed'],
    ['Korea–Europol in force by 2021-12-23', korEp, '2021-12-23', 'in_force'],
    // UAE–Europol: signed 2016-09-07 (net:S266), to apply "after entry into force" (net:S264); secure-line MoU under it 2025-06-25 (net:S265)
    ['UAE–Europol signed on the day, not in force', areEp, '2016-09-07', 'signed'],
    ['UAE–Europol not shown in force the day before its in-force evidence', areEp, '2025-06-24', 'signed'],
    ['UAE–Europol in force by 2025-06-25', areEp, '2025-06-25', 'in_force'],
    // China–Europol: signed 2017-04-19 (net:S140), to take effect after domestic approval (net:S343); only an undated list has it in force
    ['China–Europol signed on the day, not in force', chnEp, '2017-04-19', 'signed'],
    ['China–Europol still only signed in 2025', chnEp, '2025-12-31', 'signed'],
    // Brazil–Europol strategic agreement: signed 2017-04-11 (net:S38), before Congress in 2019 (net:S341), in force from 2020 (net:S342)
    ['Brazil–Europol strategic agreement signed on the day, not in force', braEpS, '2017-04-11', 'signed'],
    ['Brazil–Europol strategic agreement not in force while before Congress', braEpS, '2019-02-06', 'signed'],
    ['Brazil–Europol strategic agreement in force by the end of 2020', braEpS, '2020-12-31', 'in_force'],
    // Albania–Europol: signed in The Hague in December 2013 (net:S340); liaison officers reported June 2020 (net:S48)
    ['Albania–Europol absent before December 2013', albEp, '2013-11-30', 'absent'],
    ['Albania–Europol signed at the end of December 2013', albEp, '2013-12-31', 'signed'],
    ['Albania–Europol not shown in force before its first in-force evidence', albEp, '2020-06-29', 'signed'],
    ['Albania–Europol in force by the end of June 2020', albEp, '2020-06-30', 'in_force'],
    // Albania–Eurojust: signed in Tirana 2018-10-05 (net:S346); "in place" 2020-11-19 (net:S333)
    ['Albania–Eurojust signed on the day, not in force', albEj, '2018-10-05', 'signed'],
    ['Albania–Eurojust in force by 2020-11-19', albEj, '2020-11-19', 'in_force'],
    // Norway–Eurojust: signed in Oslo 2005-04-28 (net:S66), the Storting's consent 2005-06-15 (net:S347), in force 2005
    ['Norway–Eurojust signed on the day, not in force', norEj, '2005-04-28', 'signed'],
    ['Norway–Eurojust not in force when the Storting consented', norEj, '2005-06-15', 'signed'],
    ['Norway–Eurojust in force by the end of 2005', norEj, '2005-12-31', 'in_force'],
    // Eurojust's working arrangements: Panama's signed into effect 2024-01-12 (net:S344); Peru's (with four others) signed 2024-07-10 (net:S345)
    ['Panama–Eurojust absent the day before', panEj, '2024-01-11', 'absent'],
    ['Panama–Eurojust in force on its signature', panEj, '2024-01-12', 'in_force'],
    ['Peru–Eurojust signed on the day', perEj, '2024-07-10', 'signed'],
    ['Peru–Eurojust in force by the end of 2024', perEj, '2024-12-31', 'in_force'],
    // Eurojust–USA: signed November 2006 (net:S64), in force in 2007 (Eurojust, Annual Report 2007, net:S349)
    ['USA–Eurojust signed at the end of November 2006, not in force', usaEj, '2006-11-30', 'signed'],
    ['USA–Eurojust not shown in force at the end of 2006', usaEj, '2006-12-31', 'signed'],
    ['USA–Eurojust in force by the end of 2007', usaEj, '2007-12-31', 'in_force'],
    // Eurojust–North Macedonia: signed 2008-11-28, in force 2010-10-28 (Ministry of Justice, net:S350)
    ['North Macedonia–Eurojust signed on the day, not in force', mkdEj, '2008-11-28', 'signed'],
    ['North Macedonia–Eurojust not in force the day before', mkdEj, '2010-10-27', 'signed'],
    ['North Macedonia–Eurojust in force on 2010-10-28', mkdEj, '2010-10-28', 'in_force'],
    // Eurojust–Iceland: concluded 2005-12-02 (net:S62); "in place" 2020-11-19 (net:S333); no entry into force read
    ['Iceland–Eurojust absent the day before its signature', islEj, '2005-12-01', 'absent'],
    ['Iceland–Eurojust signed on the day, not in force', islEj, '2005-12-02', 'signed'],
    ['Iceland–Eurojust not shown in force the day before its in-force evidence', islEj, '2020-11-18', 'signed'],
    ['Iceland–Eurojust in force by 2020-11-19', islEj, '2020-11-19', 'in_force'],
    // INTERPOL membership: Morocco "Member since 17 June 1957" (INTERPOL Rabat's country page, net:S351), Chad
    // "19 septembre 1962" (INTERPOL Ndjamena's, net:S352); undated before, both were drawn only from 2023
    ['Morocco–INTERPOL absent the day before its admission', marIp, '1957-06-16', 'absent'],
    ['Morocco–INTERPOL member on 1957-06-17', marIp, '1957-06-17', 'in_force'],
    ['Chad–INTERPOL absent the day before its admission', tcdIp, '1962-09-18', 'absent'],
    ['Chad–INTERPOL member on 1962-09-19', tcdIp, '1962-09-19', 'in_force'],
    // Kyrgyzstan: admitted in 1996 (net:S253), a candidate member at the 65th General Assembly, 23-29 October 1996
    // (net:S358): October 1996, unknown through the month and a member from its last day
    ['Kyrgyzstan–INTERPOL absent before October 1996', kgzIp, '1996-09-30', 'absent'],
    ['Kyrgyzstan–INTERPOL not shown a member during October 1996', kgzIp, '1996-10-30', 'absent'],
    ['Kyrgyzstan–INTERPOL member by the end of October 1996', kgzIp, '1996-10-31', 'in_force'],
  ];
  it.each(rows)('%s', (_what, e, day, expected) => {
    expect(stage(e, day)).toBe(expected);
  });

  it('an agreement in force from undated evidence is said "by … at the latest", citing that evidence, not the signature', () => {
    expect(edgeStageAt(atlas, mneEp, '2020-06-30')).toMatchObject({ atLatest: true, date: '2020-06-30', sources: ['net:S48', 'net:S47'] });
    expect(edgeStageAt(atlas, mdaEp, '2015-06-19')).toMatchObject({ cls: 'signed', atLatest: false, sources: ['net:S46', 'net:S334'] });
    // the BiH bound is an inference from the EU Delegation's words, flagged as such
    expect(edgeStageAt(atlas, bihEp, '2018-09-26')?.unverified).toBe(true);
    expect(edgeStageAt(atlas, bihEp, '2016-08-31')?.unverified).toBe(false);
    expect(edgeStageAt(atlas, isrEp, '2020-05-29')).toMatchObject({ atLatest: true, date: '2020-05-29', sources: ['net:S41'] });
    expect(edgeStageAt(atlas, areEp, '2016-09-07')).toMatchObject({ cls: 'signed', atLatest: false, sources: ['net:S266', 'net:S264'] });
    expect(edgeStageAt(atlas, chnEp, atlas.asOf)).toMatchObject({ cls: 'in_force', atLatest: true, date: atlas.asOf });
    expect(edgeStageAt(atlas, islEj, '2020-11-19')).toMatchObject({ cls: 'in_force', atLatest: true, date: '2020-11-19', unverified: false });
    expect(edgeUnknownAt(atlas, kgzIp, '1996-10-01')).toBe(true);
  });

  it('an agreement dated at its signature with no source on its entry into force is marked unverified', () => {
    for (const e of [edge('interpol', 'europol', 'cooperation_agreement'), edge('CHL', 'europol', 'working_arrangement'),
      edge('EGY', 'eurojust', 'working_arrangement')])
      expect([e.source, edgeStageAt(atlas, e, atlas.asOf)?.unverified]).toEqual([e.source, true]);
    expect(edgeStageAt(atlas, xkxEp, atlas.asOf)?.unverified).toBe(false);
  });
});

describe('milestoneAt (pure)', () => {
  const opened = '2001-11-23';
  const asOf = '2026-02-05';
  it('a partial date is unknown through its period and known from its last day', () => {
    const m = [datedMilestone('party', '2018-06', opened, asOf, ['x'], false)];
    expect(milestoneAt(m, '2018-05-31')).toEqual({ kind: 'known', milestone: null });
    expect(milestoneAt(m, '2018-06-01').kind).toBe('unknown');
    expect(milestoneAt(m, '2018-06-29').kind).toBe('unknown');
    expect(milestoneAt(m, '2018-06-30')).toMatchObject({ kind: 'known', milestone: { cls: 'party' } });
  });
  it('a bound keeps the last known step until its earliest day, then unknown until the bound', () => {
    const m = [datedMilestone('signatory', '2001-11-23', opened, asOf, [], false), boundMilestone('party', '2011-06-01', '2009-03-20', asOf, [], false)];
    expect(milestoneAt(m, '2009-03-19')).toMatchObject({ kind: 'known', milestone: { cls: 'signatory' } });
    expect(milestoneAt(m, '2009-03-20').kind).toBe('unknown');
    expect(milestoneAt(m, '2011-05-31').kind).toBe('unknown');
    expect(milestoneAt(m, '2011-06-01')).toMatchObject({ kind: 'known', milestone: { cls: 'party', atLatest: true } });
  });
  it('day arithmetic', () => {
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2023')).toBe('2023-12-31');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});
