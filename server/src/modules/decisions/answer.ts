import { ApplicationKind, type ApplicationRef } from '../cases/application.js';
import { Language } from '../cases/case.enums.js';
import { Outcome } from '../voting/criteria.js';

export interface AnswerFacts {
  language: Language;
  applicantName: string;
  /** The application: through E-otinish, or on paper with its incoming registration number. */
  application: ApplicationRef;
  caseNumber: string;
  protocolNumber: string;
  outcome: Outcome.CONFIRMED | Outcome.NOT_CONFIRMED;
  prescriptionNumbers: string[];
  /** The decision's own reasoning in the application's language (never the members' votes or dissents); empty until written. */
  reasoning?: string;
}

/** The answer to the applicant, drafted in the application's language (the secretary may edit it before sending). */
export function draftAnswer(f: AnswerFacts): string {
  const body = draftBody(f);
  const reasoning = f.reasoning?.trim();
  if (!reasoning) return body;
  return `${body}\n\n${f.language === Language.KK ? 'Шешімнің негіздемесі' : 'Обоснование решения'}: ${reasoning}`;
}

// The Rules (Order 562-НҚ) accept an application through E-otinish or on paper: the draft names how it came.
const receivedKk = ({ kind, number }: ApplicationRef) =>
  kind === ApplicationKind.PAPER ? `қағаз жеткізгіште келіп түсіп, кіріс № ${number} болып тіркелген` : `E-өтініш жүйесі арқылы берілген № ${number}`;
const receivedRu = ({ kind, number }: ApplicationRef) =>
  kind === ApplicationKind.PAPER ? `вх. № ${number}, поступившее на бумажном носителе` : `№ ${number}, поступившее через систему «E-өтініш»`;

function draftBody(f: AnswerFacts): string {
  const list = f.prescriptionNumbers.join(', ');
  if (f.language === Language.KK) {
    const head = `Құрметті ${f.applicantName}!\n\nСіздің ${receivedKk(f.application)} өтінішіңіз (іс ${f.caseNumber}) балаларға қатысты кибербуллинг фактілері бойынша сараптама тобының отырысында қаралды (хаттама № ${f.protocolNumber}).`;
    return f.outcome === Outcome.CONFIRMED
      ? `${head}\n\nСараптама тобы балаға қатысты кибербуллинг фактісін растады. Интернет-ресурстың меншік иесіне және (немесе) заңды өкіліне ақпаратты жою туралы нұсқама жіберілді (№ ${list}).`
      : `${head}\n\nСараптама тобы өтініште көрсетілген әрекеттерді «Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4-1) тармақшасына сәйкес балаға қатысты кибербуллинг ретінде растамады.`;
  }
  const head = `Уважаемый(ая) ${f.applicantName}!\n\nВаше обращение ${receivedRu(f.application)} (дело ${f.caseNumber}), рассмотрено на заседании экспертной группы по фактам кибербуллинга в отношении детей (протокол № ${f.protocolNumber}).`;
  return f.outcome === Outcome.CONFIRMED
    ? `${head}\n\nЭкспертная группа подтвердила факт кибербуллинга в отношении ребенка. Собственнику и (или) законному представителю интернет-ресурса направлено предписание об удалении информации (№ ${list}).`
    : `${head}\n\nЭкспертная группа не подтвердила, что указанные в обращении действия являются кибербуллингом в отношении ребенка согласно подпункту 4-1) статьи 1 Закона Республики Казахстан «О правах ребенка в Республике Казахстан».`;
}
