import type { AnswerApplication, DocumentLanguage } from './documents.types.js';

// The answer to the applicant, for every ending of the case: the Rules (Order 562-НҚ) require an
// answer whatever the outcome. Dates arrive formatted (DD.MM.YYYY, or with the time for a decision).

/** The application as the answer cites it: its kind and number, when it came in, the case's pseudonym. */
export interface ReceivedRef {
  application: AnswerApplication;
  receivedAt: string;
  caseNumber: string;
}

export interface DecisionRef {
  protocolNumber: string;
  decidedAt: string;
}

export interface AnswerTexts {
  title: string;
  addresseeLabel: string;
  referenceLine: (application: AnswerApplication, receivedAt: string) => string;
  greeting: (name: string) => string;
  /** A decided case: the application was reviewed by the group. */
  reviewed: (ref: ReceivedRef) => string;
  decided: (ref: DecisionRef) => string;
  prescriptionSent: (numbers: string[]) => string;
  notMet: string;
  reasoningLabel: string;
  reapply: string;
  /** A returned case: why, and what the applicant can do. */
  returned: (ref: ReceivedRef) => string;
  returnReasonLabel: string;
  returnedWhatNext: string;
  /** A case out of the group's scope: why, and where such matters go. */
  outOfScope: (ref: ReceivedRef) => string;
  outOfScopeReasonLabel: string;
  outOfScopeWhereTo: string;
  /** How to appeal, under the Administrative Procedure Code (in every answer). */
  appeal: string;
}

const joinNumbers = (numbers: string[]): string => numbers.map((n) => `№ ${n}`).join(', ');

// How the application came in: through E-otinish (its number), or on paper (the ministry's incoming number).
const viaKk = ({ application: a, receivedAt }: ReceivedRef): string =>
  a.kind === 'PAPER'
    ? `${receivedAt} күні қағаз жеткізгіште келіп түскен, кіріс № ${a.number} болып тіркелген`
    : `«E-өтініш» платформасы арқылы ${receivedAt} күні келіп түскен № ${a.number}`;
const viaRu = ({ application: a, receivedAt }: ReceivedRef): string =>
  a.kind === 'PAPER'
    ? `Ваше обращение, поступившее ${receivedAt} на бумажном носителе и зарегистрированное за вх. № ${a.number}`
    : `Ваше обращение № ${a.number} от ${receivedAt}, поступившее через платформу «E-өтініш»`;

export const answerTexts: Record<DocumentLanguage, AnswerTexts> = {
  kk: {
    title: 'Өтінішке жауап',
    addresseeLabel: 'Өтініш берушіге:',
    referenceLine: (a, receivedAt) => (a.kind === 'PAPER' ? `${receivedAt} кіріс № ${a.number} өтінішке` : `${receivedAt} № ${a.number} өтінішке`),
    greeting: (name) => `Құрметті ${name}!`,
    reviewed: (ref) =>
      `Сіздің ${viaKk(ref)} өтінішіңізді (іс ${ref.caseNumber}) балаларға қатысты кибербуллинг фактілері бойынша ` +
      'өтініштерді қарау жөніндегі сараптама тобы қарады.',
    decided: ({ protocolNumber, decidedAt }) =>
      `Сараптама тобы ${decidedAt} № ${protocolNumber} хаттамамен мынадай шешім қабылдады:`,
    // Art. 40 of the Law «Масс-медиа туралы», the Rules (562-НҚ): the authorised body sends the prescription.
    prescriptionSent: (numbers) =>
      'Уәкілетті орган балаға қатысты кибербуллинг деп танылған ақпаратты жою үшін интернет-ресурстың меншік иесіне ' +
      `және (немесе) заңды өкіліне ${numbers.length > 0 ? `${joinNumbers(numbers)} ` : ''}` +
      `${numbers.length > 1 ? 'нұсқамалар' : 'нұсқама'} жіберді. ` +
      'Нұсқаманың орындалуы уәкілетті органның бақылауында.',
    notMet: 'Өтініште баяндалған фактілер заңдағы балаға қатысты кибербуллинг анықтамасына сәйкес келмейді.',
    reasoningLabel: 'Шешімнің негіздемесі',
    reapply:
      'Кибербуллингтің жаңа фактілерін көрсететін ақпарат анықталған жағдайда Сіз «E-өтініш» платформасы ' +
      'арқылы сараптама тобына қайта жүгінуге құқылысыз.',
    // The Rules (562-НҚ): an incomplete application is returned to the applicant with the reason. A lawyer must confirm the wording.
    returned: (ref) =>
      `Сіздің ${viaKk(ref)} өтінішіңіз (іс ${ref.caseNumber}) толық болмағандықтан, балаларға қатысты ` +
      'кибербуллинг фактілері бойынша өтініштерді қарау жөніндегі сараптама тобының қарауына қабылданбай, Сізге қайтарылады.',
    returnReasonLabel: 'Қайтару себебі',
    returnedWhatNext:
      'Сіз өтінішті жетіспейтін мәліметтермен және құжаттармен толықтырып, «E-өтініш» платформасы арқылы немесе ' +
      'қағаз жеткізгіште сараптама тобына қайта жүгінуге құқылысыз. Толықтырылған өтініш қайта келіп түскен күннен ' +
      'бастап белгіленген мерзімде қаралады.',
    // Where such matters go: the police (offences, including against adults) and the body protecting children's rights.
    // A lawyer must confirm the bodies named.
    outOfScope: (ref) =>
      `Сіздің ${viaKk(ref)} өтінішіңіз (іс ${ref.caseNumber}) балаларға қатысты кибербуллинг фактілері бойынша ` +
      'өтініштерді қарау жөніндегі сараптама тобының құзыретіне жатпайды.',
    outOfScopeReasonLabel: 'Себебі',
    outOfScopeWhereTo:
      'Құқық бұзушылық белгілері бар әрекеттер бойынша (оның ішінде кәмелетке толған адамға қатысты) Сіз ішкі істер ' +
      'органдарына (полицияға) жүгіне аласыз; балаға қатысты кибербуллинг болып табылмайтын бала құқықтарын қорғау ' +
      'мәселелері бойынша — балалардың құқықтарын қорғау саласындағы уәкілетті органға. Өтініш бұрын берілген ' +
      'өтінішті қайталаса, оған жауап бұрын тіркелген өтініш бойынша беріледі.',
    // Administrative Procedure Code (Кодекс от 29.06.2020 № 350-VI): pre-trial complaint to the higher administrative
    // body or official, then the court. No article numbers cited: a lawyer must confirm the route and the Code's citation.
    appeal:
      'Сіз бұл шешімге (әрекетке) «Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі» Қазақстан ' +
      'Республикасының Кодексіне сәйкес шағымдана аласыз: сотқа дейінгі тәртіппен — жоғары тұрған әкімшілік органға ' +
      '(лауазымды адамға) шағым беру арқылы, ал сотқа дейінгі шағымданудан кейін — сотқа.',
  },
  ru: {
    title: 'Ответ на обращение',
    addresseeLabel: 'Заявителю:',
    referenceLine: (a, receivedAt) => (a.kind === 'PAPER' ? `На вх. № ${a.number} от ${receivedAt}` : `На № ${a.number} от ${receivedAt}`),
    greeting: (name) => `Уважаемый(-ая) ${name}!`,
    reviewed: (ref) =>
      `${viaRu(ref)} (дело ${ref.caseNumber}), рассмотрено экспертной группой по рассмотрению заявлений по фактам ` +
      'кибербуллинга в отношении детей.',
    decided: ({ protocolNumber, decidedAt }) =>
      `Экспертная группа приняла следующее решение (протокол № ${protocolNumber} от ${decidedAt}):`,
    // Art. 40 of the Law «О масс-медиа», the Rules (562-НҚ): the authorised body sends the prescription.
    prescriptionSent: (numbers) =>
      'Уполномоченным органом собственнику и (или) законному представителю интернет-ресурса ' +
      `${numbers.length > 1 ? 'направлены предписания' : 'направлено предписание'}` +
      `${numbers.length > 0 ? ` ${joinNumbers(numbers)}` : ''} об удалении информации, признанной ` +
      'кибербуллингом в отношении ребенка. Исполнение предписания находится на контроле уполномоченного органа.',
    notMet: 'Изложенные в обращении факты не соответствуют определению кибербуллинга ребенка, данному в законе.',
    reasoningLabel: 'Обоснование решения',
    reapply:
      'При выявлении новых фактов кибербуллинга Вы вправе повторно обратиться в экспертную группу через ' +
      'платформу «E-өтініш».',
    // The Rules (562-НҚ): an incomplete application is returned to the applicant with the reason. A lawyer must confirm the wording.
    returned: (ref) =>
      `${viaRu(ref)} (дело ${ref.caseNumber}), не принято к рассмотрению экспертной группой по рассмотрению заявлений ` +
      'по фактам кибербуллинга в отношении детей как неполное и возвращается Вам.',
    returnReasonLabel: 'Причина возврата',
    returnedWhatNext:
      'Вы вправе повторно обратиться в экспертную группу, дополнив обращение недостающими сведениями и документами, ' +
      'через платформу «E-өтініш» или на бумажном носителе. Дополненное обращение рассматривается в установленный срок ' +
      'со дня его повторного поступления.',
    // Where such matters go: the police (offences, including against adults) and the body protecting children's rights.
    // A lawyer must confirm the bodies named.
    outOfScope: (ref) =>
      `${viaRu(ref)} (дело ${ref.caseNumber}), не относится к компетенции экспертной группы по рассмотрению заявлений ` +
      'по фактам кибербуллинга в отношении детей.',
    outOfScopeReasonLabel: 'Основание',
    outOfScopeWhereTo:
      'По действиям, содержащим признаки правонарушения (в том числе в отношении совершеннолетнего лица), Вы вправе ' +
      'обратиться в органы внутренних дел (полицию); по вопросам защиты прав ребенка, не являющимся кибербуллингом, — ' +
      'в уполномоченный орган в области защиты прав детей. Если обращение повторяет ранее поданное, ответ на него дается ' +
      'по ранее зарегистрированному обращению.',
    // Administrative Procedure Code (Кодекс от 29.06.2020 № 350-VI): pre-trial complaint to the higher administrative
    // body or official, then the court. No article numbers cited: a lawyer must confirm the route and the Code's citation.
    appeal:
      'Вы вправе обжаловать настоящее решение (действие) в порядке, установленном Кодексом Республики Казахстан ' +
      '«Административный процедурно-процессуальный кодекс Республики Казахстан»: в досудебном порядке — жалобой ' +
      'в вышестоящий административный орган (вышестоящему должностному лицу), а после досудебного обжалования — в суд.',
  },
};
