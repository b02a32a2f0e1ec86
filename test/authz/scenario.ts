import { ALL_MET, demoTokens } from '../../server/src/test-support/scenarios.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { query } from '../../server/src/test-support/databases.js';
import type { TestPlatform } from '../../server/src/test-support/platform.js';
import { activeAccount } from '../../server/src/modules/members/accounts.fixtures.js';
import type { Column } from './matrix.js';

/** The demo account behind each column; `recused` is member4, recused from every case made here. */
const ACCOUNT: Record<Exclude<Column, 'deactivated' | 'anonymous'>, string> = {
  chair: 'chair', deputy: 'deputy', secretary: 'secretary', member: 'member1', advisor: 'advisor', analyst: 'analyst', admin: 'admin', recused: 'member4',
};
const RECUSED = 'member4';
export const VOTERS = ['chair', 'deputy', 'member1', 'member2', 'member3'] as const;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('authz-matrix')]);
const HOUR = 3_600_000;

export type CaseState = 'REGISTERED' | 'SCREENING' | 'IN_REVIEW';
type PrescriptionState = 'ISSUED' | 'DELIVERED' | 'OVERDUE';
export interface Room { id: string; firstSeq: string; episodeId: string; recusedCommentId: string; evidenceId: string }
interface Decided { caseId: string; decisionId: string; prescriptionIds: string[] }

/**
 * The objects the matrix's calls work on. A refused call changes nothing, so refused cells share one
 * object per kind (`fresh = false`); an allowed call may consume its object, so it gets a fresh one.
 * In every case made here member4 has declared a conflict of interest: he is the `recused` column.
 */
export class Scenario {
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Prescriptions still ISSUED under a signed decision (deliverable), and unsigned decisions with a signature slot free. */
  private readonly issued: string[] = [];
  private readonly unsigned: { id: string; CHAIR: boolean; SECRETARY: boolean }[] = [];
  /** Setup calls made, for the report. */
  steps = 0;
  private serial = 0;

  /** The deactivated member: signed in while active, then deactivated by the admin; `invitation` is the link he accepted. */
  readonly deactivated = { email: '', token: '', invitation: '' };

  private constructor(readonly tp: TestPlatform, private readonly tokens: Record<string, string>, private readonly siteUrl: string) {}

  /** Signs in every account and prepares the deactivated one. */
  static async start(tp: TestPlatform, siteUrl: string): Promise<Scenario> {
    const s = new Scenario(tp, await demoTokens(tp), siteUrl);
    const email = `authz-deactivated-${Date.now()}@demo.kz`;
    const { id: member, invitation } = await activeAccount(tp, { admin: s.as('admin'), chair: s.as('chair') },
      { name: 'Тест Тестов', email, role: 'MEMBER', agencyId: await s.agencyId(), password: 'authz-password-1' });
    s.steps += 4;
    const token = await tp.login(email, 'authz-password-1');
    await s.ok('{ me { id } }', {}, token); // the token worked before the deactivation
    await s.ok('mutation($id: ID!) { deactivateMember(id: $id) { id } }', { id: member }, s.as('admin'));
    Object.assign(s.deactivated, { email, token, invitation });
    return s;
  }

  /** The token a column calls with (none for anonymous). */
  token(who: Column): string | undefined {
    if (who === 'anonymous') return undefined;
    if (who === 'deactivated') return this.deactivated.token;
    return this.tokens[ACCOUNT[who]];
  }

  /** The e-mail a column signs in with (anonymous signs in as member1). */
  email(who: Column): string {
    if (who === 'deactivated') return this.deactivated.email;
    return `${who === 'anonymous' ? 'member1' : ACCOUNT[who]}@demo.kz`;
  }

  /** A setup call that must succeed. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<T> {
    this.steps += 1;
    const r = await this.tp.gql<T>(query, variables, token);
    if (r.errors?.length || !r.data) throw new Error(`scenario step failed: ${query}\n${JSON.stringify(r.errors)}`);
    return r.data;
  }

  as(account: string): string {
    return this.tokens[account];
  }

  next(): number {
    this.serial += 1;
    return this.serial;
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as Promise<T>;
  }

  /** A case in `state`, member4 recused from it; shared unless `fresh`. */
  caseIn(state: CaseState, fresh: boolean): Promise<string> {
    return fresh ? this.newCase(state).then((c) => c.id) : this.once(`case:${state}`, () => this.newCase(state).then((c) => c.id));
  }

  /** The shared case room: in review, with a comment member4 wrote before recusing, and an evidence file. */
  room(): Promise<Room> {
    return this.once('room', async () => {
      const c = await this.newCase('IN_REVIEW', { recuse: false });
      const comment = await this.comment(RECUSED, c.id);
      await this.recuse(c.id);
      const first = await this.ok<{ case: { events: { seq: string }[] } }>('query($id: ID!) { case(id: $id) { events { seq } } }', { id: c.id }, this.as('chair'));
      const evidenceId = await this.upload(c.id, c.episodeId);
      return { id: c.id, episodeId: c.episodeId, recusedCommentId: comment, evidenceId, firstSeq: String(BigInt(first.case.events[0].seq) - 1n) };
    });
  }

  /** A case where member4 recused and the given account has not: the place to declare a conflict. */
  conflictCase(): Promise<string> {
    return this.once('conflict', () => this.newCase('REGISTERED').then((c) => c.id));
  }

  /** A comment written by `account` in the room. */
  async comment(account: string, caseId?: string): Promise<string> {
    const id = caseId ?? (await this.room()).id;
    const r = await this.ok<{ addComment: { id: string } }>('mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }', { c: id, b: `мнение ${this.next()}` }, this.as(account));
    return r.addComment.id;
  }

  /** An open voting round (eligible: the chair, the deputy and members 1–3, 5). */
  round(fresh: boolean): Promise<string> {
    const make = async () => {
      const id = await this.caseIn('IN_REVIEW', true);
      return (await this.ok<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: id }, this.as('chair'))).openVoting.id;
    };
    return fresh ? make() : this.once('round', make);
  }

  /** A CONFIRMED decision (not signed); `dissenter` (one of the five voters) voted NOT_CONFIRMED against the four others. */
  decision(fresh: boolean, dissenter?: (typeof VOTERS)[number]): Promise<Decided> {
    return fresh ? this.decide({ dissenter }) : this.once('decision', () => this.decide({ keep: true }));
  }

  /** A decision not yet signed in `slot` (the chair's or the secretary's); signing one slot leaves the other free. */
  async unsignedDecision(slot: 'CHAIR' | 'SECRETARY'): Promise<string> {
    // Cells run side by side: look again after every await, and take the slot without one in between.
    while (!this.unsigned.some((d) => !d[slot])) await this.decide({});
    const free = this.unsigned.find((d) => !d[slot])!;
    free[slot] = true;
    return free.id;
  }

  /** A prescription in `state` (ISSUED, DELIVERED, or OVERDUE: not complied with past its removal deadline). */
  prescription(state: PrescriptionState, fresh: boolean): Promise<string> {
    const make = async () => {
      while (this.issued.length === 0) await this.decide({ sign: true });
      const id = this.issued.shift()!;
      const secretary = this.as('secretary');
      if (state === 'DELIVERED') await this.ok('mutation($p: ID!) { deliverPrescription(prescriptionId: $p) { id } }', { p: id }, secretary);
      if (state === 'OVERDUE') {
        await this.ok('mutation($p: ID!, $at: DateTimeISO) { deliverPrescription(prescriptionId: $p, deliveredAt: $at) { id } }', { p: id, at: new Date(Date.now() - 30 * HOUR).toISOString() }, secretary);
        await this.ok('mutation($p: ID!) { recordCompliance(prescriptionId: $p, status: NOT_COMPLIED) { id } }', { p: id }, secretary);
      }
      return id;
    };
    return fresh ? make() : this.once(`prescription:${state}`, make);
  }

  /** A prescription whose URLs point at the local test site, so re-checks answer at once. */
  localPrescription(): Promise<string> {
    return this.once('local-prescription', async () => {
      const now = Date.now();
      const episodes = [1, 2].map((i) => ({ occurredAt: new Date(now - (6 - i) * 24 * HOUR).toISOString(), url: `${this.siteUrl}/post/${now}-${i}`, contentKind: 'TEXT' }));
      return (await this.decide({ overrides: { episodes, resources: [] }, keep: true })).prescriptionIds[0];
    });
  }

  /** An advisor account waiting for approval, made by the admin: shared (the target of refused calls) or fresh. */
  member(fresh: boolean): Promise<string> {
    return fresh ? this.newMember(`authz-${this.next()}-${Date.now()}@demo.kz`) : this.once('member', () => this.newMember(`authz-spare-${Date.now()}@demo.kz`));
  }

  /** An advisor account the chair approved (INVITED): the chair and deputy issue its link. */
  approved(fresh: boolean): Promise<string> {
    const make = async () => {
      const id = await this.newMember(`authz-approved-${this.next()}-${Date.now()}@demo.kz`);
      await this.ok('mutation($id: ID!) { approveMember(id: $id) { id } }', { id }, this.as('chair'));
      return id;
    };
    return fresh ? make() : this.once('approved', make);
  }

  /** A fresh analyst account (INVITED at once: no case files, no approval): the admin issues its link. */
  invitedAnalyst(): Promise<string> {
    return this.newMember(`authz-analyst-${this.next()}-${Date.now()}@demo.kz`, 'ANALYST');
  }

  /** A live invitation link of a fresh analyst account. */
  async invitation(): Promise<string> {
    const id = await this.invitedAnalyst();
    return (await this.ok<{ issueInvitation: { token: string } }>('mutation($id: ID!) { issueInvitation(memberId: $id) { token } }', { id }, this.as('admin'))).issueInvitation.token;
  }

  /** The id of a demo account (e.g. "member1"). */
  async accountId(account: string): Promise<string> {
    const members = await this.once('members', async () => (await this.ok<{ members: { id: string; email: string }[] }>('{ members { id email } }', {}, this.as('admin'))).members);
    const found = members.find((m) => m.email === `${account}@demo.kz`);
    if (!found) throw new Error(`no demo account ${account}`);
    return found.id;
  }

  async agencyId(): Promise<string> {
    return this.once('agency', async () => (await this.ok<{ agencies: { id: string }[] }>('{ agencies { id } }', {}, this.as('admin'))).agencies[0].id);
  }

  /** An agency other than agencyId(): where updateMember moves an account. */
  async otherAgencyId(): Promise<string> {
    return this.once('other-agency', async () => (await this.ok<{ agencies: { id: string }[] }>('{ agencies { id } }', {}, this.as('admin'))).agencies[1].id);
  }

  /** Advisors by default: an extra active voter would change the quorum of the scenario's rounds. */
  private async newMember(email: string, role = 'ADVISOR'): Promise<string> {
    const input = { name: 'Тест Тестов', email, role, agencyId: await this.agencyId() };
    return (await this.ok<{ createMember: { id: string } }>('mutation($i: CreateMemberInput!) { createMember(input: $i) { id } }', { i: input }, this.as('admin'))).createMember.id;
  }

  private async newCase(state: CaseState, opts: { recuse?: boolean; overrides?: Record<string, unknown> } = {}) {
    const secretary = this.as('secretary');
    const c = (await this.ok<{ registerApplication: { id: string; episodes: { id: string }[] } }>(REGISTER, { input: applicationInput(opts.overrides) }, secretary)).registerApplication;
    if (state !== 'REGISTERED') await this.ok('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: c.id }, secretary);
    if (state === 'IN_REVIEW') await this.ok('mutation($c: ID!) { acceptForReview(caseId: $c) { id } }', { c: c.id }, secretary);
    if (opts.recuse !== false) await this.recuse(c.id);
    return { id: c.id, episodeId: c.episodes[0].id };
  }

  private recuse(caseId: string) {
    return this.ok('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: caseId }, this.as(RECUSED));
  }

  /** Opens a round on a fresh case, casts five votes and closes it: a CONFIRMED decision. */
  /** `keep`: a shared object, so its decision and prescriptions stay out of the pools (nothing may sign or deliver them). */
  /** `sign`: signed by the chair and the secretary (31 h back, so an OVERDUE delivery follows it); its prescriptions go to the deliverable pool. */
  private async decide(opts: { dissenter?: string; overrides?: Record<string, unknown>; keep?: boolean; sign?: boolean }): Promise<Decided> {
    const c = await this.newCase('IN_REVIEW', { overrides: opts.overrides });
    const chair = this.as('chair');
    const round = (await this.ok<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, chair)).openVoting.id;
    for (const who of VOTERS) {
      const against = who === opts.dissenter;
      await this.ok('mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!]) { castVote(roundId: $r, choice: $ch, findings: $f) { id } }',
        { r: round, ch: against ? 'NOT_CONFIRMED' : 'CONFIRMED', f: against ? [] : ALL_MET }, this.as(who));
    }
    await this.ok('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round }, chair);
    const d = (await this.ok<{ case: { decision: { id: string; outcome: string } | null; prescriptions: { id: string }[] } }>('query($id: ID!) { case(id: $id) { decision { id outcome } prescriptions { id } } }', { id: c.id }, chair)).case;
    if (d.decision?.outcome !== 'CONFIRMED') throw new Error(`scenario decision came out ${d.decision?.outcome}`);
    // A protocol is signed only over the decision's reasoning in both languages (issue 16).
    await this.ok('mutation($d: ID!) { setDecisionReasoning(decisionId: $d, kk: "Эпизодтар жүйелі.", ru: "Эпизоды систематические.") { id } }', { d: d.decision.id }, chair);
    if (opts.sign) {
      // A prescription is delivered only under a decision signed by both (issue 16).
      for (const who of ['chair', 'secretary']) await this.ok('mutation($d: ID!) { signDecision(decisionId: $d) { id } }', { d: d.decision.id }, this.as(who));
      await query(this.tp.dbUrl, `update decision set chair_signed_at = now() - interval '31 hours', secretary_signed_at = now() - interval '31 hours' where id = $1`, [d.decision.id]);
      this.issued.push(...d.prescriptions.map((p: { id: string }) => p.id));
    } else if (!opts.keep) {
      this.unsigned.push({ id: d.decision.id, CHAIR: false, SECRETARY: false });
    }
    return { caseId: c.id, decisionId: d.decision.id, prescriptionIds: d.prescriptions.map((p: { id: string }) => p.id) };
  }

  private async upload(caseId: string, episodeId: string): Promise<string> {
    this.steps += 1;
    const form = new FormData();
    form.append('caseId', caseId);
    form.append('episodeId', episodeId);
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'скриншот.png');
    const res = await fetch(`${this.tp.url}/files/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${this.as('secretary')}` } });
    if (res.status !== 201) throw new Error(`evidence upload failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { evidence: { id: string } }).evidence.id;
  }
}
