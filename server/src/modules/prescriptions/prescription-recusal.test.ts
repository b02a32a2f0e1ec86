import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { confirmedCase, demoTokens, signDecisionByBoth } from '../../test-support/scenarios.js';

// A member who recused from a case is out of it, its prescriptions included: the deputy who
// declared a conflict may not deliver, record compliance, re-check or escalate them.
let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

const ABILITIES = 'query($c: ID!) { case(id: $c) { viewerCan { followUpPrescriptions escalatePrescriptions } } }';

describe('prescriptions of a case the viewer recused from', () => {
  it('refuses every follow-up with FORBIDDEN (recused), changes nothing, and viewerCan says so', async () => {
    const c = await confirmedCase(tp, t);
    await signDecisionByBoth(tp, t, c.decision.id);
    const p = c.prescriptions[0];
    const conflict = await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.deputy);
    expect(conflict.errors).toBeUndefined();
    const before = await query(tp.dbUrl, 'select status, delivered_at from prescription where id = $1', [p.id]);
    const calls = [
      ['mutation($p: ID!) { deliverPrescription(prescriptionId: $p) { id } }', {}],
      ['mutation($p: ID!) { recordCompliance(prescriptionId: $p, status: COMPLIED) { id } }', {}],
      ['mutation($p: ID!) { recheckPrescription(prescriptionId: $p) { url } }', {}],
      ['mutation($p: ID!) { escalatePrescription(prescriptionId: $p) { id } }', {}],
    ] as const;
    for (const [doc, extra] of calls) {
      const r = await tp.gql(doc, { p: p.id, ...extra }, t.deputy);
      expect(codeOf(r), doc).toBe('FORBIDDEN');
      expect(r.errors![0].extensions!.details, doc).toEqual({ recused: true });
    }
    expect(await query(tp.dbUrl, 'select status, delivered_at from prescription where id = $1', [p.id])).toEqual(before);
    const [checks] = await query<{ n: number }>(tp.dbUrl, 'select count(*)::int as n from url_check where prescription_id = $1', [p.id]);
    expect(checks.n).toBe(0);
    const deputy = await tp.gql<{ case: { viewerCan: Record<string, boolean> } }>(ABILITIES, { c: c.id }, t.deputy);
    expect(deputy.data!.case.viewerCan).toEqual({ followUpPrescriptions: false, escalatePrescriptions: false });
    const chair = await tp.gql<{ case: { viewerCan: Record<string, boolean> } }>(ABILITIES, { c: c.id }, t.chair);
    expect(chair.data!.case.viewerCan).toEqual({ followUpPrescriptions: true, escalatePrescriptions: true });
    expect(codeOf(await tp.gql(calls[0][0], { p: p.id }, t.secretary))).toBeUndefined();
  });
});
