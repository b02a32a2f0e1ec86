import { applicationInput, REGISTER } from './factories.js';
import type { TestPlatform } from './platform.js';

export const ALL_MET = ['CHILD_UNDER_18', 'SYSTEMATIC', 'HUMILIATION_HARASSMENT_INTIMIDATION', 'MEDIA_OR_TELECOM'].map((criterion) => ({ criterion, value: 'MET' }));

/** Signs in every demo account the scenarios use. */
export async function demoTokens(tp: TestPlatform): Promise<Record<string, string>> {
  const roles = ['chair', 'deputy', 'secretary', 'member1', 'member2', 'member3', 'member4', 'member5', 'advisor', 'analyst', 'admin'];
  return Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await tp.login(`${r}@demo.kz`)] as const)));
}

/** A registered application taken through screening into review. */
export async function caseInReview(tp: TestPlatform, t: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const c = (await tp.gql<{ registerApplication: { id: string; number: string } }>(REGISTER, { input: applicationInput(overrides) }, t.secretary)).data!.registerApplication;
  await tp.gql('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: c.id }, t.secretary);
  await tp.gql('mutation($c: ID!) { acceptForReview(caseId: $c) { id } }', { c: c.id }, t.secretary);
  return c;
}

/** A case decided CONFIRMED by five votes and the chair's close; returns the case, the decision and its prescriptions. */
export async function confirmedCase(tp: TestPlatform, t: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const c = await caseInReview(tp, t, overrides);
  const round = (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting;
  for (const who of ['chair', 'deputy', 'member1', 'member2', 'member3']) {
    await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f, reasoning: "Эпизоды систематические") { id } }', { r: round.id, f: ALL_MET }, t[who]);
  }
  await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round.id }, t.chair);
  const r = await tp.gql<{ case: { decision: { id: string; protocolNumber: string }; prescriptions: { id: string; number: string; urls: string[] }[] } }>('query($id: ID!) { case(id: $id) { decision { id protocolNumber } prescriptions { id number urls } } }', { id: c.id }, t.secretary);
  return { ...c, decision: r.data!.case.decision, prescriptions: r.data!.case.prescriptions };
}

const SIGN = 'mutation($d: ID!) { signDecision(decisionId: $d) { id chairSignedAt secretarySignedAt } }';
export const SET_REASONING = 'mutation($d: ID!, $kk: String!, $ru: String!) { setDecisionReasoning(decisionId: $d, kk: $kk, ru: $ru) { id reasoningKk reasoningRu } }';
export const DECISION_REASONING = { kk: 'Эпизодтар жүйелі, балаға қатысты кибербуллинг белгілері расталды.', ru: 'Эпизоды систематические, признаки кибербуллинга в отношении ребенка подтверждены.' };

/** Writes the decision's own reasoning (required before signing), as the secretary unless told. */
export async function writeDecisionReasoning(tp: TestPlatform, t: Record<string, string>, decisionId: string, who = 'secretary', text = DECISION_REASONING) {
  const r = await tp.gql(SET_REASONING, { d: decisionId, kk: text.kk, ru: text.ru }, t[who]);
  if (r.errors?.length) throw new Error(`setDecisionReasoning as ${who}: ${r.errors[0].message}`);
}

/** Writes the decision's reasoning, then signs its protocol as the chair and as the secretary: its prescriptions may then be delivered. */
export async function signDecisionByBoth(tp: TestPlatform, t: Record<string, string>, decisionId: string) {
  await writeDecisionReasoning(tp, t, decisionId);
  for (const who of ['chair', 'secretary']) {
    const r = await tp.gql(SIGN, { d: decisionId }, t[who]);
    if (r.errors?.length) throw new Error(`signDecision as ${who}: ${r.errors[0].message}`);
  }
}

/** A confirmed case whose decision is signed by both: its prescriptions are ready to be delivered. */
export async function signedConfirmedCase(tp: TestPlatform, t: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const c = await confirmedCase(tp, t, overrides);
  await signDecisionByBoth(tp, t, c.decision.id);
  return c;
}
