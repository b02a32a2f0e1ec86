import { ApplicationKind, type ApplicationRef } from '../cases/application.js';
import { commonTexts } from './common.texts.js';
import type { DocumentLanguage } from './documents.types.js';

// The letter telling the applicant that the decision deadline was extended (DESIGN.md §1: the chair
// or deputy may extend, by a reasoned decision, up to 15 calendar days; the applicant is told within
// 2 working days). Dates arrive formatted: the Kazakh long form in kk, DD.MM.YYYY in ru.
// The application came through E-otinish or on paper: the Rules approved by Order 562-НҚ accept an
// application on paper or in electronic form (the point of the Rules to be confirmed by a lawyer);
// a paper one is cited by the ministry's incoming number ("кіріс №" / "вх. №").
export interface ExtensionNoticeTexts {
  title: string;
  addresseeLabel: string;
  referenceLine: (application: ApplicationRef, receivedAt: string) => string;
  greeting: (name: string) => string;
  body: (ref: { application: ApplicationRef; receivedAt: string; caseNumber: string }) => string;
  /** `extendedAt` in the attributive form in kk; `lastDay` is the last day of the new term, inclusive. */
  extended: (ref: { extendedAt: string; by: 'CHAIR' | 'DEPUTY_CHAIR' }) => string;
  newDue: (lastDay: string) => string;
  reasonLabel: string;
  closing: string;
}

export const extensionNoticeTexts: Record<DocumentLanguage, ExtensionNoticeTexts> = {
  kk: {
    title: 'Өтінішті қарау мерзімін ұзарту туралы хабарлама',
    addresseeLabel: 'Өтініш берушіге:',
    referenceLine: (application, receivedAt) => `${receivedAt} ${commonTexts.kk.applicationNo(application)} өтінішке`,
    greeting: (name) => `Құрметті ${name}!`,
    body: ({ application, receivedAt, caseNumber }) =>
      (application.kind === ApplicationKind.PAPER
        ? `Сіздің ${receivedAt} күні қағаз жеткізгіште келіп түсіп, ${commonTexts.kk.applicationNo(application)} болып тіркелген `
        : `Сіздің «E-өтініш» платформасы арқылы ${receivedAt} күні келіп түскен ${commonTexts.kk.applicationNo(application)} `) +
      `өтінішіңізді (іс ${caseNumber}) балаларға қатысты кибербуллинг фактілері бойынша өтініштерді ` +
      'қарау жөніндегі сараптама тобы қарауда.',
    extended: ({ extendedAt, by }) =>
      `Сараптама тобы ${by === 'CHAIR' ? 'төрағасының' : 'төрағасы орынбасарының'} ${extendedAt} ` +
      'дәлелді шешімімен өтінішіңізді қарау мерзімі ұзартылды.',
    newDue: (lastDay) => `Өтінішті қараудың жаңа мерзімі: ${lastDay} (қоса алғанда).`,
    reasonLabel: 'Мерзімді ұзартудың негізі',
    closing: 'Қарау нәтижесі туралы Сізге белгіленген мерзімде хабарланады.',
  },
  ru: {
    title: 'Уведомление о продлении срока рассмотрения обращения',
    addresseeLabel: 'Заявителю:',
    referenceLine: (application, receivedAt) => `На ${commonTexts.ru.applicationNo(application)} от ${receivedAt}`,
    greeting: (name) => `Уважаемый(-ая) ${name}!`,
    body: ({ application, receivedAt, caseNumber }) =>
      (application.kind === ApplicationKind.PAPER
        ? `Ваше обращение, поступившее на бумажном носителе и зарегистрированное за ${commonTexts.ru.applicationNo(application)} от ${receivedAt} `
        : `Ваше обращение ${commonTexts.ru.applicationNo(application)} от ${receivedAt}, поступившее через платформу «E-өтініш» `) +
      `(дело ${caseNumber}), находится на рассмотрении экспертной группы по рассмотрению заявлений ` +
      'по фактам кибербуллинга в отношении детей.',
    extended: ({ extendedAt, by }) =>
      `Мотивированным решением ${by === 'CHAIR' ? 'председателя' : 'заместителя председателя'} экспертной группы ` +
      `от ${extendedAt} срок рассмотрения Вашего обращения продлен.`,
    newDue: (lastDay) => `Новый срок рассмотрения обращения: до ${lastDay} включительно.`,
    reasonLabel: 'Основание продления срока',
    closing: 'О результатах рассмотрения Вам будет сообщено в установленный срок.',
  },
};
