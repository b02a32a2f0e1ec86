import type { Criterion, DecisionRule, DocumentLanguage, VoteChoice } from './documents.types.js';

export interface ProtocolTexts {
  title: string;
  subject: string;
  caseLine: (caseNumber: string) => string;
  sections: { rule: string; tally: string; voters: string; findings: string; decision: string; dissents: string };
  quorum: (quorum: string) => string;
  decisionRule: (ruleLabel: string) => string;
  casting: (applies: boolean) => string;
  rules: Record<DecisionRule, string>;
  tally: { eligible: string; confirmed: string; notConfirmed: string; abstain: string; recused: string };
  voterColumns: { n: string; name: string; agency: string; choice: string };
  choices: Record<VoteChoice, string>;
  findingsIntro: string;
  findingColumns: { criterion: string; met: string; notMet: string; unclear: string };
  criteria: Record<Criterion, string>;
  reasoningLabel: string;
  membersReasoningLabel: string;
  reasoningMissing: string;
  prescriptionOrder: string;
  noDissents: string;
}

export const protocolTexts: Record<DocumentLanguage, ProtocolTexts> = {
  kk: {
    title: 'ХАТТАМА',
    subject: 'балаларға қатысты кибербуллинг фактілері бойынша өтініштерді қарау жөніндегі сараптама тобының отырысы',
    caseLine: (caseNumber) => `Іс: ${caseNumber}`,
    sections: {
      rule: 'Шешім қабылдау тәртібі',
      tally: 'Дауыс беру қорытындысы',
      voters: 'Дауыс берген мүшелер',
      findings: 'Анықтама белгілері бойынша бағалау',
      decision: 'Шешім',
      dissents: 'Ерекше пікірлер',
    },
    quorum: (quorum) => `Кворум: дауыс беруге құқығы бар мүшелердің кемінде ${quorum}.`,
    decisionRule: (ruleLabel) => `Шешім ${ruleLabel} қабылданады.`,
    casting: (applies) =>
      applies
        ? 'Дауыстар тең болған жағдайда төрағаның дауысы шешуші болып табылады.'
        : 'Дауыстар тең болған жағдайда төрағаның дауысы шешуші болып табылмайды.',
    rules: {
      SIMPLE_MAJORITY: 'берілген дауыстардың жай көпшілігімен',
      TWO_THIRDS: 'берілген дауыстардың үштен екісімен',
      CONSENSUS: 'бірауыздан (консенсуспен)',
    },
    tally: {
      eligible: 'Дауыс беруге құқығы бар мүшелер',
      confirmed: 'Фактіні растау үшін',
      notConfirmed: 'Фактіні растауға қарсы',
      abstain: 'Қалыс қалғандар',
      recused: 'Мүдделер қақтығысына байланысты өздерін шеттеткендер',
    },
    voterColumns: { n: '№', name: 'Мүше', agency: 'Ұйым', choice: 'Дауысы' },
    choices: { CONFIRMED: 'Расталды', NOT_CONFIRMED: 'Расталмады', ABSTAIN: 'Қалыс қалды' },
    findingsIntro: 'Мүшелер фактілерді заңдағы анықтаманың әр белгісі бойынша бағалады.',
    findingColumns: { criterion: 'Белгі', met: 'Сәйкес келеді', notMet: 'Сәйкес келмейді', unclear: 'Анық емес' },
    criteria: {
      CHILD_UNDER_18: 'Жәбірленуші — он сегіз жасқа толмаған бала',
      SYSTEMATIC: 'Жүйелілік (екі және одан да көп рет)',
      HUMILIATION_HARASSMENT_INTIMIDATION: 'Қорлайтын сипаттағы іс-әрекеттер, қудалау және (немесе) қорқыту',
      MEDIA_OR_TELECOM: 'Бұқаралық ақпарат құралдарын және (немесе) телекоммуникация желілерін пайдалану',
    },
    reasoningLabel: 'Шешімнің негіздемесі',
    membersReasoningLabel: 'Мүшелердің дауыс беру кезіндегі уәждері',
    reasoningMissing: 'Негіздеме әлі жазылмаған.',
    // Art. 40 of the Law «Масс-медиа туралы», the Rules (562-НҚ): the authorised body sends the prescription.
    prescriptionOrder:
      'Шешім уәкілетті органның интернет-ресурстың меншік иесіне және (немесе) заңды өкіліне ақпаратты ' +
      'жою туралы нұсқаманы дереу жіберуіне негіз болып табылады.',
    noDissents: 'Ерекше пікірлер білдірілген жоқ.',
  },
  ru: {
    title: 'ПРОТОКОЛ',
    subject: 'заседания экспертной группы по рассмотрению заявлений по фактам кибербуллинга в отношении детей',
    caseLine: (caseNumber) => `Дело: ${caseNumber}`,
    sections: {
      rule: 'Порядок принятия решения',
      tally: 'Итоги голосования',
      voters: 'Голосовавшие члены группы',
      findings: 'Оценка по признакам определения',
      decision: 'Решение',
      dissents: 'Особые мнения',
    },
    quorum: (quorum) => `Кворум: не менее ${quorum} членов группы с правом голоса.`,
    decisionRule: (ruleLabel) => `Решение принимается ${ruleLabel}.`,
    casting: (applies) =>
      applies
        ? 'При равенстве голосов решающим является голос председателя.'
        : 'При равенстве голосов голос председателя не является решающим.',
    rules: {
      SIMPLE_MAJORITY: 'простым большинством поданных голосов',
      TWO_THIRDS: 'двумя третями поданных голосов',
      CONSENSUS: 'единогласно (консенсусом)',
    },
    tally: {
      eligible: 'Членов группы с правом голоса',
      confirmed: 'За подтверждение факта',
      notConfirmed: 'Против подтверждения факта',
      abstain: 'Воздержались',
      recused: 'Заявили самоотвод (конфликт интересов)',
    },
    voterColumns: { n: '№', name: 'Член группы', agency: 'Организация', choice: 'Голос' },
    choices: { CONFIRMED: 'Подтвержден', NOT_CONFIRMED: 'Не подтвержден', ABSTAIN: 'Воздержался' },
    findingsIntro: 'Члены группы оценили факты по каждому признаку определения, данного в законе.',
    findingColumns: { criterion: 'Признак', met: 'Выполнен', notMet: 'Не выполнен', unclear: 'Неясно' },
    criteria: {
      CHILD_UNDER_18: 'Потерпевший — ребенок, не достигший восемнадцати лет',
      SYSTEMATIC: 'Систематичность (два и более раз)',
      HUMILIATION_HARASSMENT_INTIMIDATION: 'Действия унижительного характера, преследование и (или) запугивание',
      MEDIA_OR_TELECOM: 'Использование средств массовой информации и (или) сетей телекоммуникаций',
    },
    reasoningLabel: 'Обоснование решения',
    membersReasoningLabel: 'Доводы членов при голосовании',
    reasoningMissing: 'Обоснование еще не написано.',
    // Art. 40 of the Law «О масс-медиа», the Rules (562-НҚ): the authorised body sends the prescription.
    prescriptionOrder:
      'Решение является основанием для незамедлительного направления уполномоченным органом ' +
      'собственнику и (или) законному представителю интернет-ресурса предписания об удалении информации.',
    noDissents: 'Особых мнений не заявлено.',
  },
};
