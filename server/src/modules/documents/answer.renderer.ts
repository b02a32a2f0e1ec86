import { answerTexts } from './answer.texts.js';
import { commonTexts } from './common.texts.js';
import type { AnswerDoc, DocumentLanguage, RenderOptions } from './documents.types.js';
import { formatKzDate, formatKzDateTime } from './kz-time.js';
import {
  writeAddressBlock,
  writeLabelledText,
  writeLetterhead,
  writeParagraph,
  writeSplitLine,
  writeTitle,
} from './pdf-blocks.js';
import { finishPdf, openPdf, type Pdf } from './pdf-document.js';
import { redact } from './redact.js';
import { writeSignatures } from './signature-block.js';

const LANGUAGE: Record<AnswerDoc['language'], DocumentLanguage> = { KK: 'kk', RU: 'ru' };
const PDF_LANG: Record<DocumentLanguage, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

type Decided = Extract<AnswerDoc['ending'], { decidedAt: Date }>;
type LeftEarly = Exclude<AnswerDoc['ending'], Decided>;

/** What was decided and what follows from it: a prescription, or why the definition was not met. */
const writeDecided = (pdf: Pdf, doc: AnswerDoc, ending: Decided, lang: DocumentLanguage, secrets: string[]): void => {
  const t = answerTexts[lang];
  writeParagraph(pdf, t.reviewed(receivedRef(doc)), { indent: 20 });
  writeParagraph(pdf, t.decided({ protocolNumber: ending.protocolNumber, decidedAt: formatKzDateTime(ending.decidedAt) }), { indent: 20 });
  writeParagraph(pdf, commonTexts[lang].outcome[ending.kind].toUpperCase(), { bold: true, align: 'center' });
  if (ending.kind === 'CONFIRMED') {
    writeParagraph(pdf, t.prescriptionSent(ending.prescriptionNumbers), { indent: 20 });
  } else {
    writeParagraph(pdf, t.notMet, { indent: 20 });
    writeParagraph(pdf, commonTexts[lang].definition, { indent: 20 });
  }
  if (ending.reasoning.trim()) writeLabelledText(pdf, `${t.reasoningLabel}:`, redact(ending.reasoning, secrets));
  if (ending.kind === 'NOT_CONFIRMED') writeParagraph(pdf, t.reapply, { indent: 20 });
};

/** Why the application was returned or is outside the group's scope, and what the applicant can do. */
const writeLeftEarly = (pdf: Pdf, doc: AnswerDoc, ending: LeftEarly, lang: DocumentLanguage, secrets: string[]): void => {
  const t = answerTexts[lang];
  const returned = ending.kind === 'RETURNED';
  writeParagraph(pdf, (returned ? t.returned : t.outOfScope)(receivedRef(doc)), { indent: 20 });
  writeLabelledText(pdf, `${returned ? t.returnReasonLabel : t.outOfScopeReasonLabel}:`, redact(ending.reason, secrets));
  writeParagraph(pdf, returned ? t.returnedWhatNext : t.outOfScopeWhereTo, { indent: 20 });
};

const receivedRef = (doc: AnswerDoc) => ({ application: doc.application, receivedAt: formatKzDate(doc.receivedAt), caseNumber: doc.caseNumber });
const endedAt = (ending: AnswerDoc['ending']): Date => ('decidedAt' in ending ? ending.decidedAt : ending.endedAt);

/** The answer to the applicant for every ending of the case, only in the application's language; how to appeal in each. */
export const renderAnswerPdf = (doc: AnswerDoc, options: RenderOptions = {}): Promise<Buffer> => {
  const lang = LANGUAGE[doc.language];
  const t = answerTexts[lang];
  const common = commonTexts[lang];
  const number = doc.application.number;
  const handle = openPdf({
    title: `${t.title} № ${number}`,
    author: doc.ministry[lang],
    subject: common.expertGroup,
    keywords: [number, doc.caseNumber, 'protocolNumber' in doc.ending ? doc.ending.protocolNumber : null].filter(Boolean).join(', '),
    lang: PDF_LANG[lang],
    createdAt: endedAt(doc.ending),
  });
  const { pdf } = handle;
  const secrets = options.redact ?? [];
  writeLetterhead(pdf, [{ name: doc.ministry[lang], lines: [common.expertGroup] }]);
  writeSplitLine(pdf, t.referenceLine(doc.application, formatKzDate(doc.receivedAt)), `${common.caseLabel}: ${doc.caseNumber}`);
  writeAddressBlock(pdf, t.addresseeLabel, [doc.applicantName]);
  writeTitle(pdf, t.title);
  writeParagraph(pdf, t.greeting(doc.applicantName), { bold: true, align: 'center' });
  if ('decidedAt' in doc.ending) writeDecided(pdf, doc, doc.ending, lang, secrets);
  else writeLeftEarly(pdf, doc, doc.ending, lang, secrets);
  writeParagraph(pdf, t.appeal, { indent: 20 });
  writeSignatures(pdf, doc.signatures, lang);
  return finishPdf(handle, (page, total) => ({
    left: `${t.title} № ${number} · ${doc.caseNumber}`,
    right: common.page(page, total),
  }));
};
