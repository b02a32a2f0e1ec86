// Identity is a property of every text: an advisor, a recused member, an analyst and the admin ask
// for every text field reachable from Case, two levels deep, and get no name, inflected name, phone
// or e-mail of the child or the applicant; the panel still reads them as written.
import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_TEXT_FIELDS, IDENTIFYING_FIELDS, NOT_FREE_TEXT_FIELDS } from '../modules/cases/text.policy.js';
import { applicationInput, REGISTER } from '../test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import { ALL_MET, demoTokens } from '../test-support/scenarios.js';
import { contentTypes } from './identity-guard.js';
import { createSchema } from './schema.js';

const CHILD = 'Алёна Жумабекова';
const APPLICANT = 'Сапарова Гүлнар Нурлановна';
const PHONE = '+7 701 123 45 67';

// Forms an attacker would look for in the answers: names inflected, ё/е, a Latin look-alike, the phone in other spellings.
const FORBIDDEN_FORMS = [/Алён|Ален|Aлён/i, /Жумабеков/i, /Сапаров/i, /Гүлнар|Гульнар/i, /701\D{0,3}123/, /87011234567/, /school12\.kz/i];

// Texts of the file that name them, in the ways people write.
const TEXTS = {
  description: `Одноклассники травят Алёну Жумабекову; мать, Сапарова Гүлнар, просит помощи (${PHONE}).`,
  excerpt: 'Жумабековаға: «Aлёна, сен ешкімге керек емессің»',
  comment: 'Позвонил матери Алёны по номеру 87011234567, она подтвердила. Письмо от director@school12.kz',
  reasoning: 'Сапаровой сообщили; Алёне угрожали дважды',
  extension: 'Ждём ответа от Гульнар Сапаровой',
};

/** A query of every field of Case: scalars, and the scalars of every object it holds (two levels). */
function everyFieldOfCase(type: GraphQLObjectType, depth = 2): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => a.type.toString().endsWith('!'))) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth > 1) parts.push(`${f.name} { ${everyFieldOfCase(named, depth - 1) || '__typename'} }`);
  }
  return parts.join(' ');
}

let tp: TestPlatform;
let t: Record<string, string>;
let caseId: string;
let query: string;

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  const input = applicationInput({
    applicant: { name: APPLICANT, relation: 'PARENT', contact: PHONE, language: 'RU' },
    child: { name: CHILD, birthDate: '2012-04-15', region: 'ASTANA', school: 'школа-гимназия № 12' },
    description: TEXTS.description,
  });
  input.episodes[0].excerpt = TEXTS.excerpt;
  caseId = (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input }, t.secretary)).data!.registerApplication.id;
  for (const [mutation, who] of [['startScreening', 'secretary'], ['acceptForReview', 'secretary']]) await tp.gql(`mutation($c: ID!) { ${mutation}(caseId: $c) { id } }`, { c: caseId }, t[who]);
  await tp.gql('mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }', { c: caseId, b: TEXTS.comment }, t.member1);
  await tp.gql('mutation($c: ID!, $r: String!) { extendDeadline(caseId: $c, reason: $r) { id } }', { c: caseId, r: TEXTS.extension }, t.chair);
  await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Соседка Сапаровой") { id } }', { c: caseId }, t.member4);
  const round = (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: caseId }, t.chair)).data!.openVoting.id;
  await tp.gql('mutation($r: ID!, $f: [FindingInput!], $why: String) { castVote(roundId: $r, choice: CONFIRMED, findings: $f, reasoning: $why) { id } }', { r: round, f: ALL_MET, why: TEXTS.reasoning }, t.member2);
  query = `query($id: ID!) { case(id: $id) { ${everyFieldOfCase((await createSchema()).getType('Case') as GraphQLObjectType)} } }`;
});
afterAll(() => tp?.close());

describe('every text field of a case', () => {
  it('is classified once: free text, identifying, or not free text', async () => {
    const schema = await createSchema();
    const classified = new Set([...FREE_TEXT_FIELDS, ...IDENTIFYING_FIELDS, ...NOT_FREE_TEXT_FIELDS]);
    const texts = contentTypes(schema).flatMap((type) => Object.values(type.getFields())
      .filter((f) => ['String', 'JSON'].includes(getNamedType(f.type).name))
      .map((f) => `${type.name}.${f.name}`));
    expect(texts.filter((c) => !classified.has(c)), 'unclassified text fields (modules/cases/text.policy.ts)').toEqual([]);
    expect([...classified].filter((c) => !texts.includes(c)), 'classified fields that do not exist').toEqual([]);
  });

  it.each(['advisor', 'member4', 'analyst', 'admin'])('reaches %s without a name, an inflected name, a phone or an e-mail', async (who) => {
    const r = await tp.gql(query, { id: caseId }, t[who]);
    const text = JSON.stringify(r.data ?? null);
    for (const form of FORBIDDEN_FORMS) expect(text, `${who} received ${form}`).not.toMatch(form);
    if (who === 'advisor') {
      // Not vacuous: the advisor reads the file, with the identity masked.
      expect(r.data!.case.description).toContain('***');
      expect(r.data!.case.comments[0].body).toMatch(/^Позвонил матери \*\*\* по номеру \*\*\*/);
      expect(r.data!.case.events.length).toBeGreaterThan(3);
    }
  });

  it('redacts the free texts of events\' typed payloads (details) as it does their payload', async () => {
    const q = 'query($id: ID!) { case(id: $id) { events { kind details { ... on DeadlineExtendedDetails { reason } } } } }';
    const reason = async (who: string) => {
      const events = (await tp.gql<{ case: { events: { kind: string; details: { reason?: string } | null }[] } }>(q, { id: caseId }, t[who])).data!.case.events;
      return events.find((e) => e.kind === 'CASE_DEADLINE_EXTENDED')?.details?.reason;
    };
    const advisor = await reason('advisor');
    expect(advisor).toContain('***');
    for (const form of FORBIDDEN_FORMS) expect(advisor).not.toMatch(form);
    expect(await reason('member1')).toBe(TEXTS.extension);
  });

  it('reaches the panel as written', async () => {
    const r = await tp.gql('query($id: ID!) { case(id: $id) { description comments { body } episodes { excerpt } } }', { id: caseId }, t.member1);
    expect(r.data!.case).toEqual({ description: TEXTS.description, comments: [{ body: TEXTS.comment }], episodes: [{ excerpt: TEXTS.excerpt }, { excerpt: null }] });
  });
});
