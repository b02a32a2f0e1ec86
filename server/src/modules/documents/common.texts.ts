import { ApplicationKind, type ApplicationRef } from '../cases/application.js';
import type { DecisionOutcome, DocumentLanguage, Signature } from './documents.types.js';
import { formatKzDateTime, formatKzLongDateTimeKk } from './kz-time.js';

// Wording shared by every document. The definition follows the ministry's public notice, with the
// law cited as the law itself writes it: subparagraph 4-1) of article 1 of the Law «О правах ребенка
// в Республике Казахстан» (the notice wrote "4.1" and a shortened title); the notice's Kazakh
// sentence was garbled, so it is restored here from its own words to say what the Russian one says.
export interface CommonTexts {
  expertGroup: string;
  /** Official titles of the acts the documents cite, in the language's own form. */
  laws: LawTitles;
  definition: string;
  roles: Record<Signature['role'], string>;
  /** Who signed the decision in the system and when: plain text, never a mark that imitates a signature. */
  signedInSystem: (at: Date) => string;
  signatureHint: string;
  caseLabel: string;
  /**
   * The application's number as a letter cites it: "№ …" for E-otinish, the incoming register's
   * "кіріс № …" / "вх. № …" for a paper one (the Rules of Order 562-НҚ accept both forms of application).
   */
  applicationNo: (ref: ApplicationRef) => string;
  page: (n: number, total: number) => string;
  outcome: Record<DecisionOutcome, string>;
}

export interface LawTitles {
  /** The Law on the rights of the child, as cited in a sentence (genitive in Russian). */
  childRights: string;
  /** The 2024 Law on mass media, as cited in a sentence. */
  massMedia: string;
  /** The Rules approved by Order No. 562-НҚ of 26 November 2024, with the order, in a list of norms. */
  rules: string;
  /** The same after "in accordance with" (Russian instrumental, Kazakh dative). */
  rulesCited: string;
}

export const commonTexts: Record<DocumentLanguage, CommonTexts> = {
  kk: {
    expertGroup:
      'Балаларға қатысты кибербуллинг фактілері бойынша өтініштерді қарау жөніндегі сараптама тобы',
    laws: {
      childRights: '«Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының',
      massMedia: '«Масс-медиа туралы» Қазақстан Республикасы Заңының',
      rules:
        'Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы № 562-НҚ ' +
        'бұйрығымен бекітілген Балаға қатысты кибербуллинг фактілері бойынша сараптама тобын құру, ' +
        'сондай-ақ өтінішті қарау қағидалары',
      rulesCited:
        'Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы № 562-НҚ ' +
        'бұйрығымен бекітілген Балаға қатысты кибербуллинг фактілері бойынша сараптама тобын құру, ' +
        'сондай-ақ өтінішті қарау қағидаларына',
    },
    // Law «Қазақстан Республикасындағы баланың құқықтары туралы», art. 1 subpar. 4-1).
    definition:
      '«Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының ' +
      '1-бабының 4-1) тармақшасына сәйкес ' +
      'балаға қатысты кибербуллинг — бұқаралық ақпарат құралдарын және (немесе) телекоммуникация ' +
      'желілерін пайдалана отырып жасалған, қорлайтын сипаттағы жүйелі (екі және одан да көп рет) ' +
      'іс-әрекеттер, қудалау және (немесе) қорқыту, оның ішінде қандай да бір іс-әрекетті жасауға ' +
      'немесе жасаудан бас тартуға мәжбүрлеуге бағытталған іс-әрекеттер.',
    roles: {
      CHAIR: 'Сараптама тобының төрағасы',
      DEPUTY_CHAIR: 'Сараптама тобы төрағасының орынбасары',
      SECRETARY: 'Сараптама тобының хатшысы',
    },
    signedInSystem: (at) => `жүйеде қол қойылған: ${formatKzLongDateTimeKk(at)}`,
    signatureHint: '(қолы)',
    caseLabel: 'Іс',
    applicationNo: ({ kind, number }) => `${kind === ApplicationKind.PAPER ? 'кіріс ' : ''}№ ${number}`,
    page: (n, total) => `${n}-бет / ${total}`,
    outcome: {
      CONFIRMED: 'Балаға қатысты кибербуллинг фактісі расталды',
      NOT_CONFIRMED: 'Балаға қатысты кибербуллинг фактісі расталмады',
    },
  },
  ru: {
    expertGroup: 'Экспертная группа по рассмотрению заявлений по фактам кибербуллинга в отношении детей',
    laws: {
      childRights: 'Закона Республики Казахстан «О правах ребенка в Республике Казахстан»',
      massMedia: 'Закона Республики Казахстан «О масс-медиа»',
      rules:
        'Правила создания экспертной группы, а также рассмотрения заявления по фактам кибербуллинга ' +
        'в отношении ребенка, утвержденные приказом Министра культуры и информации Республики ' +
        'Казахстан от 26 ноября 2024 года № 562-НҚ',
      rulesCited:
        'Правилами создания экспертной группы, а также рассмотрения заявления по фактам кибербуллинга ' +
        'в отношении ребенка, утвержденными приказом Министра культуры и информации Республики ' +
        'Казахстан от 26 ноября 2024 года № 562-НҚ',
    },
    // Law «О правах ребенка в Республике Казахстан», art. 1 subpar. 4-1).
    definition:
      'Согласно подпункту 4-1) статьи 1 Закона Республики Казахстан «О правах ребенка в Республике ' +
      'Казахстан» кибербуллинг ' +
      'ребенка — систематические (два и более раз) действия унижительного характера, преследование ' +
      'и (или) запугивание, в том числе направленные на принуждение к совершению или отказу от ' +
      'совершения какого-либо действия, совершенные с использованием средств массовой информации ' +
      'и (или) сетей телекоммуникаций.',
    roles: {
      CHAIR: 'Председатель экспертной группы',
      DEPUTY_CHAIR: 'Заместитель председателя экспертной группы',
      SECRETARY: 'Секретарь экспертной группы',
    },
    signedInSystem: (at) => `подписан в системе: ${formatKzDateTime(at)}`,
    signatureHint: '(подпись)',
    caseLabel: 'Дело',
    applicationNo: ({ kind, number }) => `${kind === ApplicationKind.PAPER ? 'вх. ' : ''}№ ${number}`,
    page: (n, total) => `Стр. ${n} из ${total}`,
    outcome: {
      CONFIRMED: 'Факт кибербуллинга в отношении ребенка подтвержден',
      NOT_CONFIRMED: 'Факт кибербуллинга в отношении ребенка не подтвержден',
    },
  },
};
