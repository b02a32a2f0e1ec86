import type { DocumentLanguage } from './documents.types.js';

export interface DecisionRef {
  protocolNumber: string;
  decidedAt: string;
  caseNumber: string;
}

export interface PrescriptionTexts {
  title: string;
  subject: string;
  numberLine: (number: string) => string;
  addresseeLabel: string;
  contactLabel: string;
  intro: (ministry: string) => string;
  sections: { decision: string; definition: string; urls: string; demand: string; basis: string };
  decision: (ref: DecisionRef) => string;
  urlsIntro: string;
  demand: (hours: number) => string;
  warning: string;
}

// Russian agrees "час" with the number after "в течение" (genitive): 1, 21 часа; 24 часов.
const hoursRu = (n: number): string => `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'часа' : 'часов'}`;

export const prescriptionTexts: Record<DocumentLanguage, PrescriptionTexts> = {
  kk: {
    title: 'НҰСҚАМА',
    subject: 'балаға қатысты кибербуллинг деп танылған ақпаратты жою туралы',
    numberLine: (number) => `№ ${number}`,
    addresseeLabel: 'Интернет-ресурстың меншік иесіне және (немесе) заңды өкіліне:',
    contactLabel: 'Байланыс',
    intro: (ministry) =>
      `Балаға қатысты кибербуллингтің расталған фактісі бойынша ${ministry} сараптама тобының ` +
      'шешімі негізінде осы нұсқаманы жібереді.',
    sections: {
      decision: 'Сараптама тобының шешімі',
      definition: 'Кибербуллинг ұғымы',
      urls: 'Жойылуға жататын ақпарат',
      demand: 'Талап',
      basis: 'Құқықтық негіз',
    },
    decision: ({ protocolNumber, decidedAt, caseNumber }) =>
      `Сараптама тобының ${decidedAt} № ${protocolNumber} хаттамасымен ${caseNumber} іс бойынша ` +
      'балаға қатысты кибербуллинг фактісі расталды.',
    urlsIntro: 'Мына мекенжайлар бойынша орналастырылған ақпарат балаға қатысты кибербуллинг деп танылды:',
    demand: (hours) =>
      `Осы нұсқаманы алған сәттен бастап ${hours} сағат ішінде жоғарыда көрсетілген ақпаратты жоюды ` +
      'және орындалғаны туралы министрлікке хабарлауды талап етеміз.',
    warning:
      'Нұсқаманы белгіленген мерзімде орындамау интернет-ресурсқа қол жеткізуді шектеуге негіз болып табылады.',
  },
  ru: {
    title: 'ПРЕДПИСАНИЕ',
    subject: 'об удалении информации, признанной кибербуллингом в отношении ребенка',
    numberLine: (number) => `№ ${number}`,
    addresseeLabel: 'Собственнику и (или) законному представителю интернет-ресурса:',
    contactLabel: 'Контакты',
    intro: (ministry) =>
      `По подтвержденному факту кибербуллинга в отношении ребенка ${ministry} на основании решения ` +
      'экспертной группы направляет настоящее предписание.',
    sections: {
      decision: 'Решение экспертной группы',
      definition: 'Понятие кибербуллинга',
      urls: 'Информация, подлежащая удалению',
      demand: 'Требование',
      basis: 'Правовое основание',
    },
    decision: ({ protocolNumber, decidedAt, caseNumber }) =>
      `Протоколом экспертной группы № ${protocolNumber} от ${decidedAt} по делу ${caseNumber} ` +
      'подтвержден факт кибербуллинга в отношении ребенка.',
    urlsIntro: 'Информация, размещенная по следующим адресам, признана кибербуллингом в отношении ребенка:',
    demand: (hours) =>
      `Требуем удалить указанную информацию в течение ${hoursRu(hours)} с момента получения ` +
      'настоящего предписания и сообщить министерству об исполнении.',
    warning:
      'Неисполнение предписания в установленный срок является основанием для ограничения доступа ' +
      'к интернет-ресурсу.',
  },
};
