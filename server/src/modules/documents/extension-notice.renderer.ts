import type { ApplicationRef } from '../cases/application.js';
import { commonTexts } from './common.texts.js';
import type { BilingualText, DocumentLanguage, RenderOptions, Signature } from './documents.types.js';
import { extensionNoticeTexts } from './extension-notice.texts.js';
import { formatKzDate, formatKzLongDateKk, formatKzLongDateKkAttributive } from './kz-time.js';
import { writeAddressBlock, writeLabelledText, writeLetterhead, writeParagraph, writeSplitLine, writeTitle } from './pdf-blocks.js';
import { finishPdf, openPdf } from './pdf-document.js';
import { redact } from './redact.js';
import { writeSignatures } from './signature-block.js';

/** The notice of an extension to the applicant; like the answer, never a field for the child. */
export interface ExtensionNoticeDoc {
  language: 'KK' | 'RU';
  applicantName: string;
  application: ApplicationRef;
  caseNumber: string;
  receivedAt: Date;
  extendedAt: Date;
  /** The new due time: midnight in Kazakhstan at the end of the last day. */
  dueAt: Date;
  reason: string;
  ministry: BilingualText;
  /** The chair or deputy who extended: a blank line to sign the letter. */
  signatory: Signature;
}

const LANGUAGE: Record<ExtensionNoticeDoc['language'], DocumentLanguage> = { KK: 'kk', RU: 'ru' };
const PDF_LANG: Record<DocumentLanguage, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

/** The last day of a term that ends at midnight: the day before the due instant. */
const lastDayOf = (dueAt: Date): Date => new Date(dueAt.getTime() - 1);

/** The notice in the application's language: new due date, reason, the case's and the application's numbers. */
export const renderExtensionNoticePdf = (doc: ExtensionNoticeDoc, options: RenderOptions = {}): Promise<Buffer> => {
  const lang = LANGUAGE[doc.language];
  const t = extensionNoticeTexts[lang];
  const common = commonTexts[lang];
  const day = lang === 'kk' ? formatKzLongDateKk : formatKzDate;
  const handle = openPdf({
    title: `${t.title} ${common.applicationNo(doc.application)}`,
    author: doc.ministry[lang],
    subject: common.expertGroup,
    keywords: `${doc.application.number}, ${doc.caseNumber}`,
    lang: PDF_LANG[lang],
    createdAt: doc.extendedAt,
  });
  const { pdf } = handle;
  writeLetterhead(pdf, [{ name: doc.ministry[lang], lines: [common.expertGroup] }]);
  writeSplitLine(pdf, t.referenceLine(doc.application, day(doc.receivedAt)), `${common.caseLabel}: ${doc.caseNumber}`);
  writeAddressBlock(pdf, t.addresseeLabel, [doc.applicantName]);
  writeTitle(pdf, t.title);
  writeParagraph(pdf, t.greeting(doc.applicantName), { bold: true, align: 'center' });
  writeParagraph(pdf, t.body({ application: doc.application, receivedAt: day(doc.receivedAt), caseNumber: doc.caseNumber }), { indent: 20 });
  const by = doc.signatory.role === 'DEPUTY_CHAIR' ? 'DEPUTY_CHAIR' : 'CHAIR';
  writeParagraph(pdf, t.extended({ extendedAt: lang === 'kk' ? formatKzLongDateKkAttributive(doc.extendedAt) : formatKzDate(doc.extendedAt), by }), { indent: 20 });
  writeParagraph(pdf, t.newDue(day(lastDayOf(doc.dueAt))), { bold: true, indent: 20 });
  writeLabelledText(pdf, `${t.reasonLabel}:`, redact(doc.reason, options.redact ?? []));
  writeParagraph(pdf, t.closing, { indent: 20 });
  writeSignatures(pdf, [doc.signatory], lang);
  return finishPdf(handle, (page, total) => ({
    left: `${t.title} ${common.applicationNo(doc.application)} · ${doc.caseNumber}`,
    right: common.page(page, total),
  }));
};
