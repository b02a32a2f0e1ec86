import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { collect, wsClient } from '../../test-support/ws-client.js';

let tp: TestPlatform;
let t: Record<string, string>;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
}, 60_000);
afterAll(() => tp?.close());

const FEED = 'subscription($id: ID!, $after: String) { caseEvents(caseId: $id, after: $after) { seq kind } }';
const COMMENT = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';

it('a feed resumed from its case\'s last seq goes on when only other cases had events since', async () => {
  const a = await caseInReview(tp, t);
  const seen = (await tp.gql(COMMENT, { c: a.id, b: 'Первый' }, t.member1)).data!.addComment;
  expect(seen).toBeTruthy();
  const last = (await tp.gql('query($id: ID!) { case(id: $id) { events { seq } } }', { id: a.id }, t.member1)).data!.case.events.at(-1).seq;
  // Another case moves on: the log's head is now past this case's last event.
  await caseInReview(tp, t);
  const client = wsClient(tp.url, t.member1);
  const feed = collect<{ kind: string }>(client, FEED, { id: a.id, after: last }, 'caseEvents');
  try {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await tp.gql(COMMENT, { c: a.id, b: 'Второй' }, t.member2);
    expect((await feed.until(1)).map((e) => e.kind)).toEqual(['COMMENT_ADDED']);
  } finally {
    feed.stop();
    await client.dispose();
  }
});
