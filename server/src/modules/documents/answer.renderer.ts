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

/** What was decided and what follows from it: a prescription, or why the definition was not met. */
const writeOutcome = (pdf: Pdf, doc: AnswerDoc, lang: DocumentLanguage, secrets: string[]): void => {
  const t = answerTexts[lang];
  writeParagraph(pdf, t.decided({ protocolNumber: doc.protocolNumber, decidedAt: formatKzDateTime(doc.decidedAt) }), {
    indent: 20,
  });
  writeParagraph(pdf, commonTexts[lang].outcome[doc.outcome].toUpperCase(), { bold: true, align: 'center' });
  if (doc.outcome === 'CONFIRMED') {
    writeParagraph(pdf, t.prescriptionSent(doc.prescriptionNumbers), { indent: 20 });
  } else {
    writeParagraph(pdf, t.notMet, { indent: 20 });
    writeParagraph(pdf, commonTexts[lang].definition, { indent: 20 });
  }
  if (doc.reasoning.trim()) writeLabelledText(pdf, `${t.reasoningLabel}:`, redact(doc.reasoning, secrets));
  if (doc.outcome === 'NOT_CONFIRMED') writeParagraph(pdf, t.reapply, { indent: 20 });
  writeParagraph(pdf, t.appeal, { indent: 20 });
};

/** The answer to the applicant, only in the application's language. */
export const renderAnswerPdf = (doc: AnswerDoc, options: RenderOptions = {}): Promise<Buffer> => {
  const lang = LANGUAGE[doc.language];
  const t = answerTexts[lang];
  const common = commonTexts[lang];
  const handle = openPdf({
    title: `${t.title} № ${doc.eotinishNumber}`,
    author: doc.ministry[lang],
    subject: common.expertGroup,
    keywords: `${doc.eotinishNumber}, ${doc.caseNumber}, ${doc.protocolNumber}`,
    lang: PDF_LANG[lang],
    createdAt: doc.decidedAt,
  });
  const { pdf } = handle;
  writeLetterhead(pdf, [{ name: doc.ministry[lang], lines: [common.expertGroup] }]);
  const reference = t.referenceLine(doc.eotinishNumber, formatKzDate(doc.receivedAt));
  writeSplitLine(pdf, reference, `${common.caseLabel}: ${doc.caseNumber}`);
  writeAddressBlock(pdf, t.addresseeLabel, [doc.applicantName]);
  writeTitle(pdf, t.title);
  writeParagraph(pdf, t.greeting(doc.applicantName), { bold: true, align: 'center' });
  writeParagraph(pdf, t.reviewed({
    eotinishNumber: doc.eotinishNumber,
    receivedAt: formatKzDate(doc.receivedAt),
    caseNumber: doc.caseNumber,
  }), { indent: 20 });
  writeOutcome(pdf, doc, lang, options.redact ?? []);
  writeSignatures(pdf, doc.signatures, lang);
  return finishPdf(handle, (page, total) => ({
    left: `${t.title} № ${doc.eotinishNumber} · ${doc.caseNumber}`,
    right: common.page(page, total),
  }));
};
