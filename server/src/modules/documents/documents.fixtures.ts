import type { AnswerDoc, PrescriptionDoc, ProtocolDoc, Signature } from './documents.types.js';

// Realistic inputs for tests and for looking at the PDFs. The child in this story is
// "Айгерім Сапарова": her name is nowhere below except in CHILD_NAME, which tests look for.
export const CHILD_NAME = 'Айгерім Сапарова';

export const MINISTRY = {
  kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
  ru: 'Министерство культуры и информации Республики Казахстан',
};

const signatures = (signed: boolean): Signature[] => [
  { name: 'Ә. Б. Жұмабекова', role: 'CHAIR', signedAt: signed ? new Date('2026-03-18T09:20:00Z') : null },
  { name: 'Д. С. Ким', role: 'SECRETARY', signedAt: null },
];

export const URLS = [
  'https://www.tiktok.com/@anon_school_15/video/7345123456789012345',
  'https://www.instagram.com/p/C4xYz1AbCdE/?igsh=MWZ4bGx5dGFzZ2N3dw==',
  'https://t.me/almaty_school_gossip/1523',
];

export const prescriptionFixture = (overrides: Partial<PrescriptionDoc> = {}): PrescriptionDoc => ({
  number: 'ПР-2026-0003',
  issuedAt: new Date('2026-03-18T09:30:00Z'),
  caseNumber: 'KZ-2026-0042',
  addressee: {
    platform: { kk: 'TikTok (TikTok Pte. Ltd.)', ru: 'TikTok (TikTok Pte. Ltd.)' },
    representative: 'ТОО «ТикТок Казахстан», законный представитель / «ТикТок Қазақстан» ЖШС, заңды өкілі',
    contact: 'legal.kz@tiktok.com, +7 727 300 00 00',
    legalName: { kk: '«ТикТок Қазақстан» ЖШС', ru: 'ТОО «ТикТок Казахстан»' },
    bin: '051140000718',
    registration: null,
    address: { kk: 'Алматы қ., Әл-Фараби даңғылы, 77/7', ru: 'г. Алматы, проспект Аль-Фараби, 77/7' },
  },
  urls: URLS,
  decision: { protocolNumber: 'ЭГ-2026-017', decidedAt: new Date('2026-03-18T08:45:00Z') },
  legalBasis: {
    kk:
      '«Бұқаралық ақпарат құралдары туралы» Қазақстан Республикасы Заңының 40-бабының 1-тармағы; ' +
      'Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы ' +
      '№ 562-НҚ бұйрығымен бекітілген Қағидалар.',
    ru:
      'Пункт 1 статьи 40 Закона Республики Казахстан «О средствах массовой информации»; ' +
      'Правила, утвержденные приказом Министра культуры и информации Республики Казахстан ' +
      'от 26 ноября 2024 года № 562-НҚ.',
  },
  removalHours: 24,
  ministry: MINISTRY,
  signatures: signatures(true),
  officials: OFFICIALS,
  ...overrides,
});

export const OFFICIALS: PrescriptionDoc['officials'] = {
  signatory: {
    name: { kk: 'Е. С. Мұхамеджанов', ru: 'Е. С. Мухамеджанов' },
    position: { kk: 'Ақпарат комитеті төрағасының орынбасары', ru: 'Заместитель председателя Комитета информации' },
  },
  executor: {
    name: { kk: 'Д. Е. Нұрланқызы', ru: 'Д. Е. Нурланкызы' },
    position: { kk: 'бас сарапшы', ru: 'главный эксперт' },
    phone: '+7 7172 74 05 12',
    email: 'cyberbullying@mci.gov.kz',
  },
};

export const protocolFixture = (overrides: Partial<ProtocolDoc> = {}): ProtocolDoc => ({
  protocolNumber: 'ЭГ-2026-017',
  decidedAt: new Date('2026-03-18T08:45:00Z'),
  caseNumber: 'KZ-2026-0042',
  outcome: 'CONFIRMED',
  rule: { quorum: '2/3', decision: 'SIMPLE_MAJORITY', chairCastingVote: true },
  tally: { eligible: 7, confirmed: 4, notConfirmed: 1, abstain: 1, recused: 1 },
  voters: [
    { name: 'Ә. Б. Жұмабекова', agency: 'Мәдениет және ақпарат министрлігі', choice: 'CONFIRMED' },
    { name: 'Қ. Т. Нұрланұлы', agency: 'Оқу-ағарту министрлігі', choice: 'CONFIRMED' },
    { name: 'И. В. Петрова', agency: 'Министерство внутренних дел', choice: 'CONFIRMED' },
    { name: 'Ғ. М. Сейітова', agency: 'ОО «Қорғау — защита детей»', choice: 'CONFIRMED' },
    { name: 'А. А. Ли', agency: 'ОФ «Безопасный интернет»', choice: 'NOT_CONFIRMED' },
    { name: 'Ө. Ү. Исаев', agency: 'Генеральная прокуратура', choice: 'ABSTAIN' },
  ],
  findings: [
    { criterion: 'CHILD_UNDER_18', met: 6, notMet: 0, unclear: 0 },
    { criterion: 'SYSTEMATIC', met: 5, notMet: 1, unclear: 0 },
    { criterion: 'HUMILIATION_HARASSMENT_INTIMIDATION', met: 4, notMet: 1, unclear: 1 },
    { criterion: 'MEDIA_OR_TELECOM', met: 6, notMet: 0, unclear: 0 },
  ],
  decisionReasoning: {
    kk: '2026 жылғы 2–14 наурыз аралығында үш жарияланымда балаға қорлау мен қорқыту жүйелі түрде жіберілді.',
    ru: 'Со 2 по 14 марта 2026 года в трех публикациях ребенку систематически адресовались оскорбления и угрозы.',
  },
  reasoning:
    'С 2 по 14 марта 2026 года в трех публикациях (TikTok, Instagram, Telegram) ребенку адресованы ' +
    'оскорбления и угрозы распространить фотографии, если он не передаст деньги. Эпизоды повторялись, ' +
    'совершены с использованием сетей телекоммуникаций; возраст подтвержден свидетельством о рождении.',
  dissents: [
    {
      name: 'А. А. Ли',
      text: 'Два эпизода из трех исходят, по-видимому, от разных авторов; систематичность в отношении ' +
        'одного лица не доказана.',
    },
  ],
  signatures: signatures(true),
  ...overrides,
});

export const answerFixture = (overrides: Partial<AnswerDoc> = {}): AnswerDoc => ({
  language: 'RU',
  applicantName: 'Сапарова Гульнара Ерлановна',
  application: { kind: 'EOTINISH', number: 'ЖТ-2026-01234567' },
  caseNumber: 'KZ-2026-0042',
  receivedAt: new Date('2026-03-16T05:10:00Z'),
  ending: {
    kind: 'CONFIRMED',
    decidedAt: new Date('2026-03-18T08:45:00Z'),
    protocolNumber: 'ЭГ-2026-017',
    prescriptionNumbers: ['ПР-2026-0003', 'ПР-2026-0004'],
    reasoning: 'Публикации повторялись не менее трех раз и содержали оскорбления и угрозы в адрес ребенка.',
  },
  ministry: MINISTRY,
  signatures: signatures(false),
  ...overrides,
});
