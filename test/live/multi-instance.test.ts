import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { collect, wsClient } from '../../server/src/test-support/ws-client.js';

const FEED = 'subscription($id: ID!, $after: String) { caseEvents(caseId: $id, after: $after) { seq kind comment { body } } }';
const ADD = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';
const PRESENCE = 'subscription($id: ID!) { casePresence(caseId: $id) { members { member { name agency { kind } } typing } } }';
interface Ev { seq: string; kind: string; comment: { body: string } | null }
interface Room { members: { member: { name: string; agency: { kind: string } }; typing: boolean }[] }

let a: TestPlatform;
let b: TestPlatform;
beforeAll(async () => {
  a = await startTestPlatform();
  b = await startTestPlatform({ sameDatabaseAs: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('two server instances on one database', () => {
  it('a subscriber on instance A receives, in order, the comments written through instance B', async () => {
    const secretary = await a.login('secretary@demo.kz');
    const kase = (await a.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication;
    const client = wsClient(a.url, await a.login('member1@demo.kz'));
    const feed = collect<Ev>(client, FEED, { id: kase.id }, 'caseEvents');
    await new Promise((r) => setTimeout(r, 200)); // subscribed before the first write
    const writer = await b.login('member4@demo.kz');
    for (let i = 1; i <= 10; i++) expect((await b.gql(ADD, { c: kase.id, b: `реплика ${i}` }, writer)).errors).toBeUndefined();
    const events = await feed.until(10);
    expect(events.map((e) => e.comment?.body)).toEqual(Array.from({ length: 10 }, (_, i) => `реплика ${i + 1}`));
    await new Promise((r) => setTimeout(r, 200));
    expect(feed.items).toHaveLength(10);
    feed.stop();
    await client.dispose();
  });

  it('replays and then streams without a gap or a duplicate while events are being written', async () => {
    const secretary = await a.login('secretary@demo.kz');
    const kase = (await a.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication;
    const writer = await b.login('member2@demo.kz');
    const writes = (async () => { for (let i = 0; i < 30; i++) await b.gql(ADD, { c: kase.id, b: `w${i}` }, writer); })();
    await new Promise((r) => setTimeout(r, 30));
    const client = wsClient(a.url, await a.login('chair@demo.kz'));
    const feed = collect<Ev>(client, FEED, { id: kase.id, after: '0' }, 'caseEvents');
    await writes;
    const all = await feed.until(31); // CASE_REGISTERED + 30 comments
    const seqs = all.map((e) => BigInt(e.seq));
    expect(new Set(seqs).size).toBe(31);
    expect(seqs).toEqual([...seqs].sort((x, y) => (x < y ? -1 : 1)));
    expect(all.filter((e) => e.kind === 'COMMENT_ADDED').map((e) => e.comment!.body)).toEqual(Array.from({ length: 30 }, (_, i) => `w${i}`));
    feed.stop();
    await client.dispose();
  });

  it('shares presence and typing across instances, and forgets a closed room', async () => {
    const secretary = await a.login('secretary@demo.kz');
    const kase = (await a.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication;
    const onA = wsClient(a.url, await a.login('member1@demo.kz'));
    const member4 = await b.login('member4@demo.kz');
    const onB = wsClient(b.url, member4);
    const roomA = collect<Room>(onA, PRESENCE, { id: kase.id }, 'casePresence');
    const roomB = collect<Room>(onB, PRESENCE, { id: kase.id }, 'casePresence');
    const names = (r: Room) => r.members.map((m) => m.member.name).sort();
    const seen = (room: typeof roomA, test: (r: Room) => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not seen: ${JSON.stringify(room.items.at(-1))}`)), 5_000);
        const check = () => { if (room.items.some(test)) { clearTimeout(timer); clearInterval(poll); resolve(); } };
        const poll = setInterval(check, 20);
      });
    await seen(roomA, (r) => names(r).join() === ['Гүлмира Әлиева', 'Ерлан Қасымов'].join());
    expect(roomA.items.at(-1)!.members.find((m) => m.member.name === 'Гүлмира Әлиева')!.member.agency.kind).toBe('NGO');
    await b.gql('mutation($c: ID!) { setTyping(caseId: $c, typing: true) }', { c: kase.id }, member4);
    await seen(roomA, (r) => r.members.some((m) => m.member.name === 'Гүлмира Әлиева' && m.typing));
    roomB.stop();
    await seen(roomA, (r) => names(r).join() === 'Ерлан Қасымов');
    roomA.stop();
    await onA.dispose();
    await onB.dispose();
  });

  it('shows an edit of the platform registry at once on the instance that made it, and on the other after its notification', async () => {
    const secretary = new Map([[a, await a.login('secretary@demo.kz')], [b, await b.login('secretary@demo.kz')]]);
    const admin = await b.login('admin@demo.kz');
    const kase = (await a.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, secretary.get(a))).data!.registerApplication;
    type Names = { case: { episodes: { platform: { id: string; name: string; nameKk: string | null } | null }[] } };
    const platformOf = async (on: TestPlatform) => (await on.gql<Names>('query($id: ID!) { case(id: $id) { episodes { platform { id name nameKk } } } }', { id: kase.id }, secretary.get(on))).data!.case.episodes[0].platform!;
    const before = await platformOf(a); // both instances hold their copy of the registry now
    expect(await platformOf(b)).toEqual(before);
    const { platforms } = (await b.gql<{ platforms: Record<string, string | null>[] }>('{ platforms { id name nameKk representative } }', {}, admin)).data!;
    const entry = platforms.find((p) => p.id === before.id)!;
    const update = (nameKk: string | null) => b.gql('mutation($id: ID!, $i: PlatformInput!) { updatePlatform(id: $id, input: $i) { id } }', { id: before.id, i: { name: entry.name, nameKk, representative: entry.representative } }, admin);
    try {
      expect((await update('Жаңа атау')).errors).toBeUndefined();
      expect((await platformOf(b)).nameKk).toBe('Жаңа атау');
      const deadline = Date.now() + 5_000;
      while ((await platformOf(a)).nameKk !== 'Жаңа атау' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect((await platformOf(a)).nameKk).toBe('Жаңа атау');
    } finally {
      await update(before.nameKk ?? '');
    }
  });
});
