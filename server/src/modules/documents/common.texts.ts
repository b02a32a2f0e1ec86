import type { DecisionOutcome, DocumentLanguage, Signature } from './documents.types.js';

// Wording shared by every document. The definition follows the ministry's public notice
// (sub-par. 4.1 of art. 1 of the Law "On the rights of the child"); the notice's Kazakh sentence
// was garbled, so it is restored here from its own words to say what the Russian one says.
export interface CommonTexts {
  expertGroup: string;
  definition: string;
  roles: Record<Signature['role'], string>;
  signed: string;
  signatureHint: string;
  caseLabel: string;
  page: (n: number, total: number) => string;
  outcome: Record<DecisionOutcome, string>;
}

export const commonTexts: Record<DocumentLanguage, CommonTexts> = {
  kk: {
    expertGroup:
      'Балаларға қатысты кибербуллинг фактілері бойынша өтініштерді қарау жөніндегі сараптама тобы',
    definition:
      '«Бала құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4.1-тармақшасына сәйкес ' +
      'балаға қатысты кибербуллинг — бұқаралық ақпарат құралдарын және (немесе) телекоммуникация ' +
      'желілерін пайдалана отырып жасалған, қорлайтын сипаттағы жүйелі (екі және одан да көп рет) ' +
      'іс-әрекеттер, қудалау және (немесе) қорқыту, оның ішінде қандай да бір іс-әрекетті жасауға ' +
      'немесе жасаудан бас тартуға мәжбүрлеуге бағытталған іс-әрекеттер.',
    roles: {
      CHAIR: 'Сараптама тобының төрағасы',
      DEPUTY_CHAIR: 'Сараптама тобы төрағасының орынбасары',
      SECRETARY: 'Сараптама тобының хатшысы',
    },
    signed: 'Қол қойылды',
    signatureHint: '(қолы)',
    caseLabel: 'Іс',
    page: (n, total) => `${n}-бет / ${total}`,
    outcome: {
      CONFIRMED: 'Балаға қатысты кибербуллинг фактісі расталды',
      NOT_CONFIRMED: 'Балаға қатысты кибербуллинг фактісі расталмады',
    },
  },
  ru: {
    expertGroup: 'Экспертная группа по рассмотрению заявлений по фактам кибербуллинга в отношении детей',
    definition:
      'Согласно подпункту 4.1 статьи 1 Закона Республики Казахстан «О правах ребенка» кибербуллинг ' +
      'ребенка — систематические (два и более раз) действия унижительного характера, преследование ' +
      'и (или) запугивание, в том числе направленные на принуждение к совершению или отказу от ' +
      'совершения какого-либо действия, совершенные с использованием средств массовой информации ' +
      'и (или) сетей телекоммуникаций.',
    roles: {
      CHAIR: 'Председатель экспертной группы',
      DEPUTY_CHAIR: 'Заместитель председателя экспертной группы',
      SECRETARY: 'Секретарь экспертной группы',
    },
    signed: 'Подписано',
    signatureHint: '(подпись)',
    caseLabel: 'Дело',
    page: (n, total) => `Стр. ${n} из ${total}`,
    outcome: {
      CONFIRMED: 'Факт кибербуллинга в отношении ребенка подтвержден',
      NOT_CONFIRMED: 'Факт кибербуллинга в отношении ребенка не подтвержден',
    },
  },
};
