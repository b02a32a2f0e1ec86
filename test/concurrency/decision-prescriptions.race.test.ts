// Issue 14, item 2: the writes after a decision raced on one case, on a fresh decided case each
// iteration, in two races. First: the chair, the deputy and the secretary sign the protocol while the
// member who voted against writes (twice) a dissent, the first prescription is delivered (twice over,
// "now") and its compliance recorded in conflicting ways — since issue 16 a delivery is refused until
// both signatures are committed. Then, the protocol signed (its signatures moved 31 h back, so a
// delivery recorded 30 h late follows them): the second prescription is delivered twice over, its
// compliance recorded in conflicting ways, and the chair and the deputy escalate it.
// Whatever the interleaving, the outcome of each race must be one a serial order of the same calls
// gives (see server/src/test-support/race.ts): no INTERNAL, no deadlock, one event per accepted write.
import { describe, it } from 'vitest';
import { query } from '../../server/src/test-support/databases.js';
import { raceSuite, type ExpectedEvent, type RaceCall, type SerialModel, type Step } from '../../server/src/test-support/race.js';
import { ALL_MET, caseInReview, writeDecisionReasoning } from '../../server/src/test-support/scenarios.js';

const ITERATIONS = 12;
const HOUR = 3_600_000;

/**
 * The codes a serial order can answer each call with, read from decisions/decision.actions.ts and
 * prescriptions/prescription.service.ts (+ prescription.lifecycle.ts):
 * - signDecision by the chair or the deputy: CONFLICT once the other one signed (one chair signature);
 *   by the secretary (the only one signing as secretary): none.
 * - addDissent: INVALID_TRANSITION once the protocol is signed by both.
 * - deliverPrescription: INVALID_TRANSITION once it was delivered, and until the protocol is signed by both (issue 16).
 * - recordCompliance: INVALID_TRANSITION when the move is not in the table from the status reached (not delivered yet, already complied, escalated).
 * - escalatePrescription: INVALID_TRANSITION unless NOT_COMPLIED or PARTIALLY_COMPLIED with the removal deadline passed.
 */
const ALLOWED = {
  signAsChair: ['CONFLICT'],
  signAsSecretary: [],
  addDissent: ['INVALID_TRANSITION'],
  deliverPrescription: ['INVALID_TRANSITION'],
  recordCompliance: ['INVALID_TRANSITION'],
  escalatePrescription: ['INVALID_TRANSITION'],
} as const;

const SIGN = 'mutation($d: ID!) { signDecision(decisionId: $d) { id } }';
const DISSENT = 'mutation($d: ID!, $x: String!) { addDissent(decisionId: $d, text: $x) { id } }';
const DELIVER = 'mutation($p: ID!, $at: DateTimeISO) { deliverPrescription(prescriptionId: $p, deliveredAt: $at) { id } }';
const COMPLY = 'mutation($p: ID!, $s: PrescriptionStatus!) { recordCompliance(prescriptionId: $p, status: $s) { id } }';
const ESCALATE = 'mutation($p: ID!) { escalatePrescription(prescriptionId: $p) { id } }';
const CASE_VIEW = 'query($id: ID!) { case(id: $id) { status decision { signed dissents { text member { email } } } prescriptions { id status deliveredAt removalDueAt } } }';

type P = 'p1' | 'p2';
/** `at` absent: delivered "now", the server's time under the case lock. */
interface Args { p?: P; at?: string; to?: string; text?: string }
type Call = RaceCall<Args>;

const suite = raceSuite('decision-prescriptions.race', ITERATIONS);

interface Decided { caseId: string; decisionId: string; prescriptions: Record<P, { id: string; removalHours: number }> }

/** A case decided CONFIRMED by four votes to one (member3 against, so may dissent): PRESCRIBED, with two prescriptions. */
async function decidedCase(): Promise<Decided> {
  const c = await caseInReview(suite.tp, suite.t);
  const round = (await suite.tp.gql<{ openVoting: { id: string } | null }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, suite.t.chair)).data?.openVoting;
  if (!round) throw new Error('setup: openVoting failed');
  for (const [who, choice] of [['chair', 'CONFIRMED'], ['deputy', 'CONFIRMED'], ['member1', 'CONFIRMED'], ['member2', 'CONFIRMED'], ['member3', 'NOT_CONFIRMED']]) {
    const r = await suite.tp.gql('mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!]) { castVote(roundId: $r, choice: $ch, findings: $f) { id } }', { r: round.id, ch: choice, f: choice === 'CONFIRMED' ? ALL_MET : [] }, suite.t[who]);
    if (r.errors) throw new Error(`setup: ${who} castVote: ${JSON.stringify(r.errors)}`);
  }
  const closed = await suite.tp.gql<{ closeVoting: { outcome: string } | null }>('mutation($r: ID!) { closeVoting(roundId: $r) { outcome } }', { r: round.id }, suite.t.chair);
  if (closed.data?.closeVoting?.outcome !== 'CONFIRMED') throw new Error(`setup: closeVoting: ${JSON.stringify(closed)}`);
  const [decision] = await query<{ id: string }>(suite.tp.dbUrl, 'select id from decision where case_id = $1', [c.id]);
  // Signing requires the decision's reasoning in both languages (issue 16): written before the race, so the serial model is unchanged.
  await writeDecisionReasoning(suite.tp, suite.t, decision.id);
  const ps = await query<{ id: string; removal_hours: number; status: string }>(suite.tp.dbUrl, 'select id, removal_hours, status from prescription where case_id = $1 order by number', [c.id]);
  const [kase] = await query<{ status: string }>(suite.tp.dbUrl, 'select status from "case" where id = $1', [c.id]);
  if (ps.length !== 2 || ps.some((p) => p.status !== 'ISSUED') || kase.status !== 'PRESCRIBED') throw new Error(`setup: expected a PRESCRIBED case with two issued prescriptions, got ${kase.status} and ${JSON.stringify(ps)}`);
  return { caseId: c.id, decisionId: decision.id, prescriptions: { p1: { id: ps[0].id, removalHours: ps[0].removal_hours }, p2: { id: ps[1].id, removalHours: ps[1].removal_hours } } };
}

/** The two races of one iteration, on one decision and its two prescriptions: signatures with p1 (9 calls), then p2 (6 calls). */
function raceCalls(d: Decided, n: number): { signing: Call[]; followUp: Call[] } {
  const ago = (h: number) => new Date(Date.now() - h * HOUR).toISOString();
  const pid = (p: P) => d.prescriptions[p].id;
  const sign = (who: string): Call => ({ label: `${who} signDecision`, op: 'signDecision', who, args: {}, doc: SIGN, vars: { d: d.decisionId }, allowed: who === 'secretary' ? ALLOWED.signAsSecretary : ALLOWED.signAsChair });
  const dissent = (text: string): Call => ({ label: `member3 addDissent "${text}"`, op: 'addDissent', who: 'member3', args: { text }, doc: DISSENT, vars: { d: d.decisionId, x: text }, allowed: ALLOWED.addDissent });
  const deliver = (who: string, p: P, at?: string): Call => ({ label: `${who} deliverPrescription ${p}${at ? '' : ' now'}`, op: 'deliverPrescription', who, args: { p, ...(at ? { at } : {}) }, doc: DELIVER, vars: { p: pid(p), at: at ?? null }, allowed: ALLOWED.deliverPrescription });
  const comply = (who: string, p: P, to: string): Call => ({ label: `${who} recordCompliance ${p} ${to}`, op: 'recordCompliance', who, args: { p, to }, doc: COMPLY, vars: { p: pid(p), s: to }, allowed: ALLOWED.recordCompliance });
  const escalate = (who: string, p: P): Call => ({ label: `${who} escalatePrescription ${p}`, op: 'escalatePrescription', who, args: { p, to: 'ESCALATED' }, doc: ESCALATE, vars: { p: pid(p) }, allowed: ALLOWED.escalatePrescription });
  return {
    signing: [
      sign('chair'), sign('deputy'), sign('secretary'),
      dissent(`Эпизоды не систематические (${n}a).`), dissent(`Эпизоды не систематические (${n}b).`),
      // p1 is delivered "now", racing the signatures: refused until both are committed; its removal deadline has not passed.
      deliver('secretary', 'p1'), deliver('chair', 'p1'),
      comply('deputy', 'p1', 'COMPLIED'), comply('secretary', 'p1', 'PARTIALLY_COMPLIED'),
    ],
    followUp: [
      // p2 more than 24 hours ago (after the backdated signatures): its removal deadline has passed.
      deliver('secretary', 'p2', ago(30)), deliver('deputy', 'p2', ago(26)),
      comply('secretary', 'p2', 'NOT_COMPLIED'), comply('deputy', 'p2', 'COMPLIED'),
      escalate('chair', 'p2'), escalate('deputy', 'p2'),
    ],
  };
}

/** The one table of prescription moves (prescription.lifecycle.ts, DESIGN.md §3). */
const MOVES: Record<string, readonly string[]> = {
  ISSUED: ['DELIVERED'],
  DELIVERED: ['COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED'],
  PARTIALLY_COMPLIED: ['COMPLIED', 'NOT_COMPLIED', 'ESCALATED'],
  NOT_COMPLIED: ['COMPLIED', 'ESCALATED'],
  COMPLIED: [],
  ESCALATED: [],
};
/** The case's moves after PRESCRIBED (cases/lifecycle.ts). */
const CASE_MOVES: Record<string, readonly string[]> = { PRESCRIBED: ['COMPLIED', 'ESCALATED'], COMPLIED: ['CLOSED'], ESCALATED: ['CLOSED'] };

interface PState {
  chairSigner: string | null;
  secretarySigner: string | null;
  dissent: string | null;
  p: Record<P, { status: string; deliveredAt: number | null }>;
  escalatedBy: string | null;
  caseStatus: string;
}

interface Observed {
  chairSigner: string | null;
  secretarySigner: string | null;
  dissents: { member: string; text: string }[];
  p: Record<P, { status: string; deliveredAt: number | null; removalDueAt: number | null }>;
  requests: string[];
  caseStatus: string;
  api: unknown;
}

/** The state a serial run starts the follow-up race from: the one the first race ended in (already checked equal to the model's). */
function stateOf(o: Observed): PState {
  return {
    chairSigner: o.chairSigner, secretarySigner: o.secretarySigner, dissent: o.dissents.at(-1)?.text ?? null,
    p: { p1: { status: o.p.p1.status, deliveredAt: o.p.p1.deliveredAt }, p2: { status: o.p.p2.status, deliveredAt: o.p.p2.deliveredAt } },
    escalatedBy: o.requests[0] ?? null, caseStatus: o.caseStatus,
  };
}

function model(d: Decided, observed: Observed, initial: PState): SerialModel<PState, Call> {
  const pid = (p: P) => d.prescriptions[p].id;
  const change = (s: PState, who: string, p: P, to: string): Step<PState> => {
    const from = s.p[p].status;
    s.p[p].status = to;
    const events: ExpectedEvent[] = [{ kind: 'prescription.status_changed', actor: who, payload: { prescriptionId: pid(p), from, to } }];
    const all = Object.values(s.p).map((x) => x.status);
    const target = all.includes('ESCALATED') ? 'ESCALATED' : all.every((x) => x === 'COMPLIED') ? 'COMPLIED' : null;
    if (target && target !== s.caseStatus) {
      if (!(CASE_MOVES[s.caseStatus] ?? []).includes(target)) return { refused: 'INVALID_TRANSITION' };
      events.push({ kind: 'case.status_changed', actor: who, payload: { from: s.caseStatus, to: target } });
      s.caseStatus = target;
    }
    return { state: s, events };
  };
  return {
    initial,
    matches(c, head) {
      if (head.actor !== c.who) return false;
      switch (c.op) {
        case 'signDecision': return head.kind === 'decision.signed';
        case 'addDissent': return head.kind === 'decision.dissent_attached';
        case 'deliverPrescription': return head.kind === 'prescription.delivered' && head.payload.prescriptionId === pid(c.args.p!);
        case 'recordCompliance':
        case 'escalatePrescription': return head.kind === 'prescription.status_changed' && head.payload.prescriptionId === pid(c.args.p!) && head.payload.to === c.args.to;
        default: return false;
      }
    },
    step(s, c, head): Step<PState> {
      switch (c.op) {
        case 'signDecision': {
          const as = c.who === 'secretary' ? 'SECRETARY' : 'CHAIR';
          if (as === 'CHAIR' ? s.chairSigner : s.secretarySigner) return { refused: 'CONFLICT' };
          if (as === 'CHAIR') s.chairSigner = c.who; else s.secretarySigner = c.who;
          return { state: s, events: [{ kind: 'decision.signed', actor: c.who, payload: { decisionId: d.decisionId, as, final: !!(s.chairSigner && s.secretarySigner) } }] };
        }
        case 'addDissent': {
          if (s.chairSigner && s.secretarySigner) return { refused: 'INVALID_TRANSITION' };
          s.dissent = c.args.text!;
          return { state: s, events: [{ kind: 'decision.dissent_attached', actor: c.who, payload: { decisionId: d.decisionId } }] };
        }
        case 'deliverPrescription': {
          const p = c.args.p!;
          if (!MOVES[s.p[p].status].includes('DELIVERED')) return { refused: 'INVALID_TRANSITION' };
          if (!(s.chairSigner && s.secretarySigner)) return { refused: 'INVALID_TRANSITION' };
          const removal = d.prescriptions[p].removalHours * HOUR;
          // Delivered "now": the time is the server's, read back from the logged deadline (null only when asking about a refusal).
          const at = c.args.at ? new Date(c.args.at).getTime() : head ? new Date(String(head.payload.removalDueAt)).getTime() - removal : null;
          s.p[p] = { status: 'DELIVERED', deliveredAt: at };
          const payload = c.args.at ? { prescriptionId: pid(p), removalDueAt: new Date(at! + removal).toISOString() } : { prescriptionId: pid(p) };
          return { state: s, events: [{ kind: 'prescription.delivered', actor: c.who, payload }] };
        }
        case 'recordCompliance': {
          const p = c.args.p!;
          if (!MOVES[s.p[p].status].includes(c.args.to!)) return { refused: 'INVALID_TRANSITION' };
          return change(s, c.who, p, c.args.to!);
        }
        case 'escalatePrescription': {
          const p = c.args.p!;
          if (!MOVES[s.p[p].status].includes('ESCALATED')) return { refused: 'INVALID_TRANSITION' };
          const due = s.p[p].deliveredAt! + d.prescriptions[p].removalHours * HOUR;
          if (due > Date.now()) return { refused: 'INVALID_TRANSITION' };
          const out = change(s, c.who, p, 'ESCALATED');
          if ('state' in out) out.state.escalatedBy = c.who;
          return out;
        }
        default: throw new Error(`no model for ${c.op}`);
      }
    },
    finalProblems(s) {
      const p: string[] = [];
      const same = (what: string, got: unknown, want: unknown) => { if (JSON.stringify(got) !== JSON.stringify(want)) p.push(`${what}: stored ${JSON.stringify(got)}, a serial order gives ${JSON.stringify(want)}`); };
      same('signed as chair by', observed.chairSigner, s.chairSigner);
      same('signed as secretary by', observed.secretarySigner, s.secretarySigner);
      same('dissents', observed.dissents, s.dissent === null ? [] : [{ member: 'member3', text: s.dissent }]);
      for (const k of ['p1', 'p2'] as const) {
        const want = s.p[k];
        same(`${k} status`, observed.p[k].status, want.status);
        same(`${k} delivered at`, observed.p[k].deliveredAt, want.deliveredAt);
        same(`${k} removal due at`, observed.p[k].removalDueAt, want.deliveredAt === null ? null : want.deliveredAt + d.prescriptions[k].removalHours * HOUR);
      }
      same('access restriction requests (by)', observed.requests, s.escalatedBy ? [s.escalatedBy] : []);
      same('case status', observed.caseStatus, s.caseStatus);
      same('API: the case', observed.api, {
        status: s.caseStatus,
        decision: { signed: !!(s.chairSigner && s.secretarySigner), dissents: s.dissent === null ? [] : [{ text: s.dissent, member: { email: 'member3@demo.kz' } }] },
        prescriptions: (['p1', 'p2'] as const).map((k) => ({
          id: pid(k), status: s.p[k].status,
          deliveredAt: s.p[k].deliveredAt === null ? null : new Date(s.p[k].deliveredAt!).toISOString(),
          removalDueAt: s.p[k].deliveredAt === null ? null : new Date(s.p[k].deliveredAt! + d.prescriptions[k].removalHours * HOUR).toISOString(),
        })),
      });
      return p;
    },
  };
}

async function observe(d: Decided): Promise<Observed> {
  const name = (id: string | null) => (id ? suite.accounts.name.get(id) ?? id : null);
  const [decision] = await query<{ chair_signed_by_id: string | null; secretary_signed_by_id: string | null }>(suite.tp.dbUrl, 'select chair_signed_by_id, secretary_signed_by_id from decision where id = $1', [d.decisionId]);
  const dissents = await query<{ member_id: string; text: string }>(suite.tp.dbUrl, 'select member_id, text from dissent where decision_id = $1 order by created_at', [d.decisionId]);
  const rows = await query<{ id: string; status: string; delivered_at: Date | null; removal_due_at: Date | null }>(suite.tp.dbUrl, 'select id, status, delivered_at, removal_due_at from prescription where case_id = $1', [d.caseId]);
  const requests = await query<{ requested_by_id: string }>(suite.tp.dbUrl, 'select requested_by_id from access_restriction_request where prescription_id = any($1::uuid[]) order by created_at', [[d.prescriptions.p1.id, d.prescriptions.p2.id]]);
  const [kase] = await query<{ status: string }>(suite.tp.dbUrl, 'select status from "case" where id = $1', [d.caseId]);
  const row = (k: P) => rows.find((r) => r.id === d.prescriptions[k].id)!;
  const view = (k: P) => ({ status: row(k).status, deliveredAt: row(k).delivered_at?.getTime() ?? null, removalDueAt: row(k).removal_due_at?.getTime() ?? null });
  const api = await suite.tp.gql(CASE_VIEW, { id: d.caseId }, suite.t.secretary);
  return {
    chairSigner: name(decision.chair_signed_by_id), secretarySigner: name(decision.secretary_signed_by_id),
    dissents: dissents.map((x) => ({ member: name(x.member_id)!, text: x.text })),
    p: { p1: view('p1'), p2: view('p2') },
    requests: requests.map((r) => name(r.requested_by_id)!),
    caseStatus: kase.status,
    api: api.errors ? api.errors : api.data?.case,
  };
}

/** Fires the calls at once and checks every answer and the final state against a serial order from `initial`. */
const race = (d: Decided, calls: Call[], seed: number, initial: PState) => suite.check(d.caseId, calls, seed, () => observe(d), (observed) => model(d, observed, initial));

describe('signatures ∥ dissents ∥ deliveries ∥ compliance, then deliveries ∥ compliance ∥ escalations, on one decided case', () => {
  it.each(Array.from({ length: ITERATIONS }, (_, i) => i + 1))('iteration %i: every answer and the final state are those of a serial order; no INTERNAL, no deadlock', async (n) => {
    const d = await decidedCase();
    const { signing, followUp } = raceCalls(d, n);
    const initial = stateOf({ chairSigner: null, secretarySigner: null, dissents: [], p: { p1: { status: 'ISSUED', deliveredAt: null, removalDueAt: null }, p2: { status: 'ISSUED', deliveredAt: null, removalDueAt: null } }, requests: [], caseStatus: 'PRESCRIBED', api: null });
    const first = await race(d, signing, 1_000 + n, initial);
    // The protocol is signed whatever the order (the secretary and one chair always succeed): move the signatures back so p2 may be delivered 30 h late.
    await query(suite.tp.dbUrl, `update decision set chair_signed_at = now() - interval '31 hours', secretary_signed_at = now() - interval '31 hours' where id = $1 and chair_signed_at is not null and secretary_signed_at is not null`, [d.decisionId]);
    const second = first.problems.length ? { problems: [] } : await race(d, followUp, 2_000 + n, stateOf(first.observed));
    const problems = [...first.problems, ...second.problems];
    suite.expectClean(n, problems);
  });

  suite.deadlockTest();
});
