import type { DocumentLanguage } from './documents.types.js';

// The letter telling the applicant that the decision deadline was extended (DESIGN.md §1: the chair
// or deputy may extend, by a reasoned decision, up to 15 calendar days; the applicant is told within
// 2 working days). Dates arrive formatted: the Kazakh long form in kk, DD.MM.YYYY in ru.
export interface ExtensionNoticeTexts {
  title: string;
  addresseeLabel: string;
  referenceLine: (eotinishNumber: string, receivedAt: string) => string;
  greeting: (name: string) => string;
  body: (ref: { eotinishNumber: string; receivedAt: string; caseNumber: string }) => string;
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
    referenceLine: (eotinishNumber, receivedAt) => `${receivedAt} № ${eotinishNumber} өтінішке`,
    greeting: (name) => `Құрметті ${name}!`,
    body: ({ eotinishNumber, receivedAt, caseNumber }) =>
      `Сіздің «E-өтініш» платформасы арқылы ${receivedAt} күні келіп түскен № ${eotinishNumber} ` +
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
    referenceLine: (eotinishNumber, receivedAt) => `На № ${eotinishNumber} от ${receivedAt}`,
    greeting: (name) => `Уважаемый(-ая) ${name}!`,
    body: ({ eotinishNumber, receivedAt, caseNumber }) =>
      `Ваше обращение № ${eotinishNumber} от ${receivedAt}, поступившее через платформу «E-өтініш» ` +
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
