import pg from 'pg';
import { hashPassword } from '../../modules/members/auth.service.js';

/**
 * Synthetic cases for statistics and benchmarks, written with set-based SQL (insert … select …
 * from generate_series) in batches, two at a time on two connections, into a migrated database
 * with its reference data.
 * Every row is valid for the schema; names and contacts are synthetic ("Бала 17"); numbers are
 * unique ('KZ-GEN-0000017', 'GEN-17'), so a second run adds after the first.
 */
export interface GenerateOptions {
  cases: number;
  /** Cases per batch (one transaction each, in any order); progress is reported after each. */
  batch?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  cases: number;
  rows: Record<string, number>;
  seconds: number;
  rowsPerS: number;
}

// Shares of the platforms (codes of the reference registry); the rest of the unit goes to the last.
const PLATFORM_SHARES: [string, number][] = [
  ['tiktok', 0.35], ['instagram', 0.25], ['telegram', 0.15], ['vk', 0.08], ['youtube', 0.07], ['whatsapp', 0.03],
  ['facebook', 0.02], ['ok', 0.015], ['x', 0.01], ['likee', 0.01], ['snapchat', 0.01], ['discord', 0.005],
];

// Roughly the population of the regions (thousands, 2024).
const REGION_WEIGHTS: [string, number][] = [
  ['ALMATY_CITY', 2230], ['ASTANA', 1430], ['SHYMKENT', 1220], ['TURKESTAN', 2110], ['ALMATY_REGION', 1530], ['ZHAMBYL', 1220],
  ['KARAGANDA', 1130], ['EAST_KAZAKHSTAN', 730], ['AKTOBE', 930], ['KYZYLORDA', 830], ['AKMOLA', 790], ['MANGYSTAU', 780],
  ['WEST_KAZAKHSTAN', 690], ['ATYRAU', 700], ['PAVLODAR', 750], ['KOSTANAY', 830], ['ABAI', 600], ['ZHETISU', 700],
  ['NORTH_KAZAKHSTAN', 530], ['ULYTAU', 220],
];

/** A deterministic pseudo-random number in [0, 1) from an integer expression (for rows made in joins). */
const U = (x: string) => `((hashint8((${x})::bigint)::bigint + 2147483648) / 4294967296.0)`;

const PANEL_AGENCIES = [
  { name: 'Генератор: государственный орган 1', kind: 'STATE_BODY' },
  { name: 'Генератор: государственный орган 2', kind: 'STATE_BODY' },
  { name: 'Генератор: государственный орган 3', kind: 'STATE_BODY' },
  { name: 'Генератор: НКО 1', kind: 'NGO' },
  { name: 'Генератор: НКО 2', kind: 'NGO' },
];
const PANEL_MEMBERS = [
  { role: 'CHAIR', agency: 0 }, { role: 'DEPUTY_CHAIR', agency: 1 }, { role: 'SECRETARY', agency: 0 },
  { role: 'MEMBER', agency: 1 }, { role: 'MEMBER', agency: 2 }, { role: 'MEMBER', agency: 2 }, { role: 'MEMBER', agency: 3 }, { role: 'MEMBER', agency: 4 },
];

/** A small panel (1 chair, 1 deputy, 1 secretary, 5 members; 3 state bodies and 2 NGOs) when there is none. */
async function ensurePanel(db: pg.Client, log: (l: string) => void): Promise<void> {
  const { rows } = await db.query<{ n: string }>('select count(*) as n from "member"');
  if (Number(rows[0].n) > 0) return;
  log('no members: creating a small synthetic panel (8 members, 5 agencies; passwords random, nobody can sign in)');
  const hash = await hashPassword(`gen-${Math.random()}-${Date.now()}`);
  await db.query('begin');
  const agencyIds: string[] = [];
  for (const a of PANEL_AGENCIES) {
    const r = await db.query<{ id: string }>('insert into "agency" ("id", "created_at", "name", "kind") values (gen_random_uuid(), now(), $1, $2) returning "id"', [a.name, a.kind]);
    agencyIds.push(r.rows[0].id);
  }
  for (const [i, m] of PANEL_MEMBERS.entries()) {
    await db.query('insert into "member" ("id", "created_at", "name", "email", "password_hash", "role", "agency_id", "active") values (gen_random_uuid(), now(), $1, $2, $3, $4, $5, true)',
      [`Участник ${i + 1} (генератор)`, `gen-member${i + 1}@example.invalid`, hash, m.role, agencyIds[m.agency]]);
  }
  await db.query('commit');
}

/** Lookup tables of this session: platforms and regions with cumulative ranges, the voting members in order. */
async function prepareSession(db: pg.Client): Promise<{ chair: string; secretary: string; voters: number }> {
  const { rows: platforms } = await db.query<{ id: string; code: string }>('select "id", "code" from "platform"');
  const byCode = new Map(platforms.map((p) => [p.code, p.id]));
  const shares = PLATFORM_SHARES.filter(([code]) => byCode.has(code));
  if (!shares.length) throw new Error('generate: no platforms in the database (is the reference data seeded?)');
  const total = shares.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  await db.query('drop table if exists gen_platform; create temp table gen_platform (idx int primary key, id uuid, code text, host text, representative text, lo float8, hi float8)');
  for (const [i, [code, w]] of shares.entries()) {
    const lo = acc / total;
    acc += w;
    await db.query('insert into gen_platform select $1, p."id", p."code", p."hosts"[1], p."representative", $2, $3 from "platform" p where p."code" = $4', [i + 1, lo, i === shares.length - 1 ? 1.01 : acc / total, code]);
  }
  const rTotal = REGION_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  acc = 0;
  await db.query('drop table if exists gen_region; create temp table gen_region (idx int primary key, code text, lo float8, hi float8)');
  for (const [i, [code, w]] of REGION_WEIGHTS.entries()) {
    const lo = acc / rTotal;
    acc += w;
    await db.query('insert into gen_region values ($1, $2, $3, $4)', [i + 1, code, lo, i === REGION_WEIGHTS.length - 1 ? 1.01 : acc / rTotal]);
  }
  await db.query(`drop table if exists gen_voter; create temp table gen_voter as
    select row_number() over (order by case "role" when 'CHAIR' then 0 when 'DEPUTY_CHAIR' then 1 else 2 end, "email")::int as ord, "id"
    from "member" where "active" and "role" in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER')`);
  const voters = Number((await db.query<{ n: string }>('select count(*) as n from gen_voter')).rows[0].n);
  const chair = (await db.query<{ id: string }>(`select "id" from "member" where "role" = 'CHAIR' order by "active" desc, "email" limit 1`)).rows[0]?.id
    ?? (await db.query<{ id: string }>('select "id" from gen_voter order by ord limit 1')).rows[0]?.id;
  const secretary = (await db.query<{ id: string }>(`select "id" from "member" where "role" = 'SECRETARY' order by "active" desc, "email" limit 1`)).rows[0]?.id ?? chair;
  if (!chair || voters < 1) throw new Error('generate: no voting members');
  // Row counts for the planner (a temporary table without them is assumed to hold thousands of rows).
  await db.query('analyze gen_platform, gen_region, gen_voter');
  return { chair, secretary, voters };
}

/** One batch of cases [lo, hi] with their episodes, resources, rounds, votes, decisions and prescriptions. */
async function generateBatch(db: pg.Client, lo: number, hi: number, pool: number, ctx: { chair: string; secretary: string; voters: number; now: Date }): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.query('begin');
  await db.query('drop table if exists gc; drop table if exists ge');
  // The facts of each case, drawn once; later statements derive everything from them. Each step
  // ends with `offset 0`, which keeps it a subquery of its own: merged into the next one, every use
  // of a column would repeat the whole expression behind it (thousands of terms by the last step).
  await db.query(`create temp table gc as
    with base as (
      select i, random() as rs, random() as rp, random() as rr, random() as ra, random() as rd, random() as rx, random() as re, random() as rt,
        random() as rw, random() as rm, random() as rv, random() as rn, random() as rf, random() as rz, random() as rl
      from generate_series($1::bigint, $2::bigint) i
    ), st as (
      select b.*, case when rs < 0.30 then 'COMPLIED' when rs < 0.45 then 'CLOSED' when rs < 0.57 then 'OUT_OF_SCOPE' when rs < 0.65 then 'RETURNED'
        when rs < 0.75 then 'ESCALATED' when rs < 0.80 then 'DECIDED' when rs < 0.87 then 'PRESCRIBED' when rs < 0.905 then 'VOTING'
        when rs < 0.94 then 'IN_REVIEW' when rs < 0.97 then 'SCREENING' else 'REGISTERED' end as status
      from base b offset 0
    ), raw as (
      -- Cases still in progress arrived in the last week (some are past their deadline); decided-but-open ones in the last weeks; the rest over three years.
      select s.*, case when status in ('VOTING', 'IN_REVIEW', 'SCREENING', 'REGISTERED') then $3::timestamptz - rd * interval '7 days'
        when status in ('DECIDED', 'PRESCRIBED') then $3::timestamptz - interval '3 days' - rd * interval '40 days'
        else $3::timestamptz - interval '12 days' - rd * interval '1083 days' end as t0
      from st s offset 0
    ), seasonal as (
      -- Fewer applications in the summer holidays (a third moved to the autumn term) and at weekends (half moved to Friday or Monday).
      select r.*, case when extract(month from t0) in (6, 7, 8) and rm < 0.35 and t0 + interval '92 days' < $3::timestamptz - interval '12 days' and status not in ('VOTING', 'IN_REVIEW', 'SCREENING', 'REGISTERED', 'DECIDED', 'PRESCRIBED')
        then t0 + interval '92 days' else t0 end as t1
      from raw r offset 0
    ), received as (
      select s.*, t1 + case when rw < 0.55 and extract(isodow from t1) = 6 and t1 - interval '1 day' < $3::timestamptz then interval '-1 day'
        when rw < 0.55 and extract(isodow from t1) = 7 and t1 + interval '1 day' < $3::timestamptz then interval '1 day' else interval '0' end as received_at
      from seasonal s offset 0
    ), drawn as (
      select r.i, md5('gen-case-' || r.i)::uuid as id, r.status, r.received_at,
      r.status in ('DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED') as decided,
      r.status in ('DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED') and rx < 0.07 as extended,
      case when r.status in ('PRESCRIBED', 'COMPLIED', 'ESCALATED') then 'CONFIRMED' when r.status = 'CLOSED' then (case when re < 0.3 then 'CONFIRMED' else 'NOT_CONFIRMED' end)
        when r.status = 'DECIDED' then (case when re < 0.6 then 'CONFIRMED' else 'NOT_CONFIRMED' end) end as outcome,
      p.idx as pidx, p.id as platform_id, g.code as region,
      case when ra < 0.10 then 'UNDER_10' when ra < 0.50 then 'AGE_10_13' when ra < 0.80 then 'AGE_14_15' else 'AGE_16_17' end as band,
      case when ra < 0.10 then 7 + floor(rv * 3) when ra < 0.50 then 10 + floor(rv * 4) when ra < 0.80 then 14 + floor(rv * 2) else 16 + floor(rv * 2) end::int as age,
      case when rn < 0.45 then 1 when rn < 0.75 then 2 when rn < 0.92 then 3 else 4 end as n_ep,
      rt, rf, rz, rl, rv
      -- The ranges [lo, hi) of a table follow each other from 0: width_bucket over the lower bounds finds the one of a draw.
      from received r join gen_platform p on p.idx = width_bucket(r.rp, (select array_agg(lo order by idx) from gen_platform))
        join gen_region g on g.idx = width_bucket(r.rr, (select array_agg(lo order by idx) from gen_region))
      offset 0
    ), timed as (
      -- The episodes precede the receipt; the deadline and the decision follow it. n_votes_drawn is clamped to the panel below.
      select d.*, received_at - interval '1 day' * (1 + rf * 9) - interval '20 hours' * n_ep as first_episode_at,
        received_at + interval '3 days' + case when extract(isodow from received_at) in (3, 4, 5) then interval '2 days' else interval '0' end + case when extended then interval '5 days' else interval '0' end as due_at,
        case when not decided then null when extended then received_at + interval '1 day' * (5 + rt * 5) else received_at + interval '1 day' * (1 + rt * 4) end as decided_at,
        case when decided then 5 + least(floor(rz * 3), ${Math.max(0, ctx.voters - 5)})::int when status = 'VOTING' then floor(rz * 5)::int else 0 end as n_votes_drawn
      from drawn d offset 0
    )
    select i, id, status, received_at, decided, extended, outcome, pidx, platform_id, region, band, age, n_ep, rt, rf, rz, rl, rv, first_episode_at, due_at, decided_at,
      least(n_votes_drawn, ${ctx.voters}) as n_votes,
      greatest(0, least(case when outcome = 'CONFIRMED' then n_votes_drawn - floor(rl * 3)::int when outcome = 'NOT_CONFIRMED' then floor(rl * 3)::int else floor(rl * (n_votes_drawn + 1))::int end,
        least(n_votes_drawn, ${ctx.voters}))) as n_conf
    from timed`,
  [lo, hi, ctx.now]);

  // Episodes: the first on the case's platform, the others there too four times in five.
  await db.query(`create temp table ge as
    select md5('gen-ep-' || c.i || '-' || k)::uuid as id, c.received_at, c.id as case_id, c.i, k, c.first_episode_at + interval '20 hours' * (k - 1) as occurred_at, p.id as platform_id, p.idx as pidx,
      'https://' || p.host || '/p/' || c.i || '/' || k as url, (array['TEXT','IMAGE','VIDEO','AUDIO','MESSAGE','COMMENT','PROFILE','OTHER'])[1 + floor(${U('c.i * 16 + k')} * 8)::int] as kind
    from gc c cross join lateral generate_series(1, c.n_ep) k
    join gen_platform p on p.idx = case when k = 1 or ${U('c.i * 16 + k + 4')} < 0.8 then c.pidx else 1 + floor(${U('c.i * 16 + k + 8')} * (select count(*) from gen_platform))::int end`);

  counts.case = (await db.query(`insert into "case" ("id", "created_at", "number", "application_number", "status", "language", "received_at", "due_at", "description", "screening_reason",
      "applicant_name", "applicant_relation", "applicant_contact", "child_name", "child_birth_date", "child_region", "child_school", "extension_reason", "extended_at", "extended_by_id",
      "applicant_notice_due_at", "registered_by_id", "updated_at", "first_episode_at", "child_age_band", "decided_at", "outcome", "platform_ids")
    select id, received_at, 'KZ-GEN-' || case when i < 10000000 then lpad(i::text, 7, '0') else i::text end, 'GEN-' || i, status, case when rv < 0.4 then 'KK' else 'RU' end, received_at, due_at,
      'Синтетическое обращение № ' || i || ': травля ребёнка в сети', case when status in ('RETURNED', 'OUT_OF_SCOPE') then 'Синтетическая причина' end,
      'Заявитель ' || i, case when rt < 0.75 then 'PARENT' when rt < 0.85 then 'GUARDIAN' when rt < 0.9 then 'OTHER_LEGAL_REPRESENTATIVE' when rt < 0.97 then 'CITIZEN' else 'CHILD' end,
      '+7 700 ' || lpad((i % 10000000)::text, 7, '0'), 'Бала ' || i,
      ((first_episode_at at time zone 'UTC') + interval '5 hours')::date - (age * 365.25 + 20 + floor(rv * 300))::int, region, case when rf < 0.7 then 'Школа № ' || (1 + i % 150) end,
      case when extended then 'Нужны дополнительные сведения (синтетически)' end, case when extended then received_at + interval '2 days' end, case when extended then $1::uuid end,
      null, $2::uuid, coalesce(decided_at, received_at), first_episode_at, band, decided_at, outcome, coalesce(x.ids, '{}')
    from gc left join (select case_id, array_agg(distinct platform_id order by platform_id) as ids from ge group by case_id) x on x.case_id = gc.id`, [ctx.chair, ctx.secretary])).rowCount ?? 0;

  counts.episode = (await db.query(`insert into "episode" ("id", "created_at", "case_id", "occurred_at", "url", "platform_id", "content_kind", "excerpt")
    select id, received_at, case_id, occurred_at, url, platform_id, kind, case when k = 1 then 'Оскорбительный комментарий (синтетически)' end from ge`)).rowCount ?? 0;

  // Resources: one account per case, drawn from a skewed pool so that some are named again and again.
  counts.resource = (await db.query(`insert into "resource" ("id", "created_at", "case_id", "url", "platform_id", "description")
    select md5('gen-res-' || c.i)::uuid, c.received_at, c.id,
      'https://' || p.host || '/@bully_' || floor(power(${U('c.i * 16 + 11')}, 3) * ${pool})::bigint || case when c.rl < 0.2 then '?utm_source=share&i=' || c.i else '' end,
      p.id, case when c.rf < 0.5 then 'Аккаунт обидчика (синтетически)' end
    from gc c join gen_platform p on p.idx = c.pidx`)).rowCount ?? 0;

  // The final tally of a decided case's round, which its decision repeats.
  const tally = `jsonb_build_object('eligible', ${ctx.voters}, 'voted', c.n_votes, 'quorumNeeded', ceil(${ctx.voters} * 2 / 3.0)::int, 'quorumMet', true, 'confirmed', c.n_conf,
        'notConfirmed', c.n_votes - c.n_conf, 'abstain', 0, 'outcome', c.outcome, 'decidedByChair', false)`;
  const rule = JSON.stringify({ quorum: { numerator: 2, denominator: 3 }, decision: 'SIMPLE_MAJORITY', chairCastingVote: true });
  counts.voting_round = (await db.query(`insert into "voting_round" ("id", "created_at", "case_id", "number", "opened_by_id", "deadline_at", "open", "closed_at", "closed_by_id", "close_reason",
      "rule", "eligible_ids", "chair_id", "outcome", "final_tally")
    select md5('gen-round-' || c.i)::uuid, o.opened, c.id, 1, $1::uuid, o.opened + interval '24 hours', not c.decided, c.decided_at, case when c.decided then $1::uuid end,
      case when c.decided then 'ALL_VOTED' end, $2::jsonb, (select jsonb_agg(v."id" order by v.ord) from gen_voter v), $1::uuid, c.outcome,
      case when c.decided then ${tally} end
    from gc c cross join lateral (select case when c.decided then c.decided_at - interval '20 hours' * (0.2 + c.rt * 0.3) else c.received_at + (least($3::timestamptz, c.received_at + interval '7 days') - c.received_at) / 2 end as opened) o
    where c.decided or c.status = 'VOTING'`, [ctx.chair, rule, ctx.now])).rowCount ?? 0;

  // The round's id once per case, not once per vote (`offset 0` keeps it computed in the subquery).
  counts.vote = (await db.query(`insert into "vote" ("id", "created_at", "round_id", "member_id", "choice", "reasoning", "findings", "superseded_at")
    select md5('gen-vote-' || c.i || '-' || k)::uuid, coalesce(c.decided_at - interval '1 hour' * k, c.received_at + interval '10 minutes' * k), c.round_id, v."id",
      case when k <= c.n_conf then 'CONFIRMED' else 'NOT_CONFIRMED' end, null, '[]'::jsonb, null
    from (select *, md5('gen-round-' || i)::uuid as round_id from gc where (decided or status = 'VOTING') and n_votes > 0 offset 0) c
      cross join lateral generate_series(1, c.n_votes) k join gen_voter v on v.ord = k`)).rowCount ?? 0;

  counts.decision = (await db.query(`insert into "decision" ("id", "created_at", "case_id", "round_id", "outcome", "protocol_number", "rule", "tally", "voters", "reasoning",
      "chair_signed_by_id", "chair_signed_at", "secretary_signed_by_id", "secretary_signed_at", "answer_language", "answer_text")
    select md5('gen-dec-' || c.i)::uuid, c.decided_at, c.id, md5('gen-round-' || c.i)::uuid, c.outcome, 'GEN-PROT-' || c.i, $1::jsonb, ${tally}, '[]'::jsonb, 'Синтетическое решение',
      $2::uuid, c.decided_at + interval '1 hour', $3::uuid, c.decided_at + interval '2 hours', case when c.rv < 0.4 then 'KK' else 'RU' end, 'Синтетический ответ заявителю № ' || c.i
    from gc c where c.decided`, [rule, ctx.chair, ctx.secretary])).rowCount ?? 0;

  // Prescriptions: one per platform of a confirmed case that reached the prescription stage.
  counts.prescription = (await db.query(`insert into "prescription" ("id", "created_at", "case_id", "decision_id", "number", "platform_id", "addressee", "addressee_contact", "urls",
      "legal_basis_kk", "legal_basis_ru", "removal_hours", "status", "delivered_at", "removal_due_at", "resolved_at")
    select md5('gen-pr-' || x.i || '-' || x.pidx)::uuid, x.decided_at + interval '1 hour', x.case_id, md5('gen-dec-' || x.i)::uuid, 'GEN-PR-' || x.i || '-' || x.pidx, x.platform_id,
      p.representative, null, x.urls, s."legal_basis_kk", s."legal_basis_ru", s."removal_hours", x.st,
      case when x.st <> 'ISSUED' then x.decided_at + interval '1 hour' * (2 + x.u * 4) end,
      case when x.st <> 'ISSUED' then x.decided_at + interval '1 hour' * (2 + x.u * 4) + interval '1 hour' * s."removal_hours" end,
      case when x.st in ('COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED') then x.decided_at + interval '1 hour' * (2 + x.u * 4) + interval '1 hour' * (1 + power(${U('x.i * 16 + x.pidx + 13')}, 2) * (case when x.pidx = 3 then 90 else 40 end)) end
    from (
      select c.i, c.id as case_id, c.decided_at, e.platform_id, e.pidx, array_agg(e.url order by e.k) as urls, min(${U('c.i * 16 + e.pidx')}) as u,
        case when c.status in ('COMPLIED', 'CLOSED') then (case when min(${U('c.i * 32 + e.pidx')}) < 0.85 then 'COMPLIED' else 'PARTIALLY_COMPLIED' end)
          when c.status = 'ESCALATED' then (case when min(${U('c.i * 32 + e.pidx')}) < 0.5 then 'NOT_COMPLIED' else 'ESCALATED' end)
          else (case when min(${U('c.i * 32 + e.pidx')}) < 0.7 then 'DELIVERED' else 'ISSUED' end) end as st
      from gc c join ge e on e.case_id = c.id
      where c.outcome = 'CONFIRMED' and c.status in ('PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED')
      group by c.i, c.id, c.decided_at, c.status, e.platform_id, e.pidx
    ) x join gen_platform p on p.idx = x.pidx cross join (select * from "panel_settings" order by "id" limit 1) s`)).rowCount ?? 0;

  await db.query('drop table gc; drop table ge');
  await db.query('commit');
  return counts;
}

/** The indexes the migrations create on the tables written here, so a run can tell when one is missing. */
export const EXPECTED_INDEXES = [
  'case_pkey', 'case_number_unique', 'case_application_key_unique', 'case_due_at_index', 'case_status_due_at_index', 'case_decided_at_index', 'case_stats_index',
  'episode_pkey', 'episode_case_id_index', 'resource_pkey', 'resource_case_id_index', 'resource_stats_index', 'voting_round_pkey', 'voting_round_case_id_index', 'voting_round_one_open_per_case',
  'vote_pkey', 'vote_round_id_member_id_index', 'vote_one_current_per_member', 'decision_pkey', 'decision_case_id_unique', 'decision_protocol_number_unique',
  'prescription_pkey', 'prescription_case_id_index', 'prescription_decision_id_index', 'prescription_stats_index', 'prescription_number_unique',
];

const WRITTEN = ['case', 'episode', 'resource', 'voting_round', 'vote', 'decision', 'prescription'];

/**
 * Drops the indexes of the written tables that no foreign key relies on (secondary indexes, and
 * unique or primary-key ones, constraints or not) and returns the statements that recreate them
 * as they were: building each once after the load is many times faster than keeping it up to date
 * row by row (the ids are random, so every row lands on another page). The rows are unique by
 * construction; the keys that foreign keys reference stay, and the rows are checked against them.
 * Each statement is added to `restore` as soon as its index is gone.
 */
async function dropIndexes(db: pg.Client, restore: string[]): Promise<void> {
  const { rows } = await db.query<{ name: string; tbl: string; con: string | null; def: string }>(
    `select c.relname as name, t.relname as tbl, con.conname as con,
       coalesce(pg_get_constraintdef(con.oid), pg_get_indexdef(c.oid)) as def
     from pg_index x join pg_class c on c.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
     left join pg_constraint con on con.conindid = x.indexrelid and con.conrelid = x.indrelid and con.contype in ('p', 'u')
     where t.relname = any($1) and t.relnamespace = current_schema()::regnamespace
       and not exists (select 1 from pg_depend d where d.refclassid = 'pg_class'::regclass and d.refobjid = x.indexrelid and d.classid = 'pg_constraint'::regclass)
     order by x.indisprimary desc, c.relname`, [WRITTEN]);
  for (const r of rows) {
    await db.query(r.con ? `alter table "${r.tbl}" drop constraint "${r.con}"` : `drop index "${r.name}"`);
    restore.push(r.con ? `alter table "${r.tbl}" add constraint "${r.con}" ${r.def}` : r.def);
  }
}

/**
 * Batches loaded at once, each on a connection of its own: one connection keeps one core of the
 * server busy (its statements are CPU-bound), two keep both of a 2-core machine busy.
 */
const CONNECTIONS = 2;

type Context = { chair: string; secretary: string; voters: number; now: Date };

/**
 * Settings of a loading session; true when the foreign-key triggers are skipped. Must run before
 * the session's first temporary table (`temp_buffers`).
 */
async function configureSession(db: pg.Client): Promise<boolean> {
  await db.query(`set synchronous_commit = off`);
  // The rows are consistent by construction: skip the per-row foreign-key triggers when allowed
  // (superuser; the statistics rollup's triggers are skipped too, and it is rebuilt once after the
  // load). Otherwise they run, slower.
  const fkSkipped = await db.query(`set session_replication_role = replica`).then(() => true, () => false);
  await db.query(`set work_mem = '64MB'`);
  // The temporary tables of a batch (tens of MB) stay in memory.
  await db.query(`set temp_buffers = '256MB'`);
  // The statements run once per batch over simple rows: compiling them (JIT) costs more than it saves.
  await db.query(`set jit = off`);
  return fkSkipped;
}

/**
 * Runs the batches [lo, hi] on the connections, each taking the next one as soon as it is done
 * with its own; after a failure no new batch starts, and the error is thrown once all are idle.
 */
async function runBatches(conns: pg.Client[], batches: [number, number][], pool: number, ctx: Context, done: (cases: number, counts: Record<string, number>) => void): Promise<void> {
  let next = 0;
  let failed = false;
  const results = await Promise.allSettled(conns.map(async (db) => {
    while (!failed && next < batches.length) {
      const [lo, hi] = batches[next++];
      try {
        done(hi - lo + 1, await generateBatch(db, lo, hi, pool, ctx));
      } catch (e) {
        failed = true;
        await db.query('rollback').catch(() => undefined);
        throw e;
      }
    }
  }));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Fills the database at `url` with `cases` synthetic cases; prints progress through `log`. */
export async function generate(url: string, o: GenerateOptions): Promise<GenerateResult> {
  const log = o.log ?? (() => undefined);
  const batch = Math.max(1, Math.floor(o.batch ?? 100_000));
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const extra: pg.Client[] = [];
  const dropped: string[] = [];
  try {
    const { rows: idx } = await db.query<{ indexname: string }>(`select indexname from pg_indexes where schemaname = current_schema()`);
    const have = new Set(idx.map((r) => r.indexname));
    const missing = EXPECTED_INDEXES.filter((n) => !have.has(n));
    if (missing.length) throw new Error(`generate: the database lacks indexes the migrations create (${missing.join(', ')}): migrate it first`);
    await ensurePanel(db, log);
    const fkSkipped = await configureSession(db);
    log(fkSkipped ? 'foreign-key checks skipped for this session (session_replication_role = replica)' : 'foreign-key checks run for each row (not a superuser)');
    const ctx = { ...(await prepareSession(db)), now: new Date() };
    const start = Number((await db.query<{ n: string | null }>(`select coalesce(max(substring("number" from 8)::bigint), 0) as n from "case" where "number" like 'KZ-GEN-%'`)).rows[0].n ?? 0);
    const pool = Math.max(50, Math.round(o.cases / 4));
    const batches: [number, number][] = [];
    for (let lo = start + 1; lo <= start + o.cases; lo += batch) batches.push([lo, Math.min(start + o.cases, lo + batch - 1)]);
    while (extra.length < Math.min(CONNECTIONS, batches.length) - 1) {
      const c = new pg.Client({ connectionString: url });
      extra.push(c);
      await c.connect();
      await configureSession(c);
      await prepareSession(c);
    }
    const rows: Record<string, number> = {};
    let casesDone = 0;
    const t0 = performance.now();
    await dropIndexes(db, dropped);
    await runBatches([db, ...extra], batches, pool, ctx, (n, counts) => {
      casesDone += n;
      for (const [k, v] of Object.entries(counts)) rows[k] = (rows[k] ?? 0) + v;
      const total = Object.values(rows).reduce((s, v) => s + v, 0);
      log(`${casesDone} / ${o.cases} cases, ${total} rows, ${Math.round(total / ((performance.now() - t0) / 1000))} rows/s`);
    });
    log(`building ${dropped.length} indexes`);
    await db.query(`set maintenance_work_mem = '1GB'`);
    // One at a time, so that the `finally` still restores the rest if one fails.
    while (dropped.length) {
      await db.query(dropped[0]);
      dropped.shift();
    }
    // The rollup's triggers were skipped with the foreign keys (or ran row by row): recomputed once.
    log('statistics rollup');
    await db.query('select stats_rebuild()');
    // Vacuum too: index-only scans (statistics) need the visibility map that only vacuum sets.
    log('vacuum analyze');
    await db.query('vacuum analyze "case", "episode", "resource", "voting_round", "vote", "decision", "prescription", "platform", "member", "agency", "stats_day", "stats_month", "stats_cube_day", "stats_target_day", "stats_target"');
    const seconds = (performance.now() - t0) / 1000;
    const total = Object.values(rows).reduce((s, v) => s + v, 0);
    return { cases: o.cases, rows, seconds, rowsPerS: seconds > 0 ? total / seconds : 0 };
  } catch (e) {
    await db.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await Promise.all(extra.map((c) => c.end().catch(() => undefined)));
    // A failed load still leaves the schema as the migrations made it.
    for (const def of dropped) await db.query(def).catch(() => undefined);
    await db.end();
  }
}
