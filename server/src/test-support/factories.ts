/** A valid application as the GraphQL input, with overrides; each call gets a fresh E-otinish number. */
let n = 0;
export function applicationInput(overrides: Record<string, unknown> = {}) {
  n += 1;
  const day = 86_400_000;
  const now = Date.now();
  return {
    eotinishNumber: `ZT-TEST-${process.pid}-${n}-${Math.floor(now % 1e6)}`,
    receivedAt: new Date(now - 60_000).toISOString(),
    applicant: { name: 'Гүлнар Сапарова', relation: 'PARENT', contact: '+7 701 555 0101', language: 'KK' },
    child: { name: 'Айгерім Сапарова', birthDate: '2012-04-15', region: 'ASTANA', school: '№ 12' },
    description: 'Сыныптастары TikTok-та қорлайтын бейнелер жариялап жүр.',
    episodes: [
      { occurredAt: new Date(now - 5 * day).toISOString(), url: 'https://www.tiktok.com/@x/video/1', contentKind: 'VIDEO', excerpt: 'пікірлер' },
      { occurredAt: new Date(now - 3 * day).toISOString(), url: 'https://t.me/class_chat/7', contentKind: 'MESSAGE', excerpt: null },
    ],
    resources: [{ url: 'https://www.tiktok.com/@x', description: 'аккаунт' }],
    ...overrides,
  };
}

export const REGISTER = `mutation($input: RegisterApplicationInput!) {
  registerApplication(input: $input) { id number status receivedAt dueAt language episodes { id url platform { code } } resources { url platform { code } } }
}`;
