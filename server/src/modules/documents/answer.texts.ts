import type { DocumentLanguage } from './documents.types.js';

export interface ApplicationRef {
  eotinishNumber: string;
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
  referenceLine: (eotinishNumber: string, receivedAt: string) => string;
  greeting: (name: string) => string;
  reviewed: (ref: ApplicationRef) => string;
  decided: (ref: DecisionRef) => string;
  prescriptionSent: (numbers: string[]) => string;
  notMet: string;
  reasoningLabel: string;
  reapply: string;
  appeal: string;
}

const joinNumbers = (numbers: string[]): string => numbers.map((n) => `№ ${n}`).join(', ');

export const answerTexts: Record<DocumentLanguage, AnswerTexts> = {
  kk: {
    title: 'Өтінішке жауап',
    addresseeLabel: 'Өтініш берушіге:',
    referenceLine: (eotinishNumber, receivedAt) => `${receivedAt} № ${eotinishNumber} өтінішке`,
    greeting: (name) => `Құрметті ${name}!`,
    reviewed: ({ eotinishNumber, receivedAt, caseNumber }) =>
      `Сіздің «E-өтініш» платформасы арқылы ${receivedAt} күні келіп түскен № ${eotinishNumber} ` +
      `өтінішіңізді (іс ${caseNumber}) балаларға қатысты кибербуллинг фактілері бойынша өтініштерді ` +
      'қарау жөніндегі сараптама тобы қарады.',
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
    appeal: 'Сіз бұл шешімге Қазақстан Республикасының заңнамасында белгіленген тәртіппен шағымдана аласыз.',
  },
  ru: {
    title: 'Ответ на обращение',
    addresseeLabel: 'Заявителю:',
    referenceLine: (eotinishNumber, receivedAt) => `На № ${eotinishNumber} от ${receivedAt}`,
    greeting: (name) => `Уважаемый(-ая) ${name}!`,
    reviewed: ({ eotinishNumber, receivedAt, caseNumber }) =>
      `Ваше обращение № ${eotinishNumber} от ${receivedAt}, поступившее через платформу «E-өтініш» ` +
      `(дело ${caseNumber}), рассмотрено экспертной группой по рассмотрению заявлений по фактам ` +
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
    appeal: 'Вы вправе обжаловать данное решение в порядке, установленном законодательством Республики Казахстан.',
  },
};
