import { commonTexts } from './common.texts.js';
import type { DocumentLanguage, PrescriptionDoc } from './documents.types.js';
import { formatKzDateTime } from './kz-time.js';
import {
  paragraphHeight,
  SECTION_HEADING_HEIGHT,
  writeAddressBlock,
  writeLetterhead,
  writeNumberedList,
  writeParagraph,
  writeSectionHeading,
  writeSplitLine,
  writeTitle,
} from './pdf-blocks.js';
import { ensureSpace, finishPdf, openPdf, type Pdf } from './pdf-document.js';
import { prescriptionTexts } from './prescription.texts.js';
import { signaturesHeight, writeSignatures } from './signature-block.js';

const LANGUAGES: DocumentLanguage[] = ['kk', 'ru'];

/** The whole prescription in one language, from the addressee to the signatures. */
const writePart = (pdf: Pdf, doc: PrescriptionDoc, lang: DocumentLanguage): void => {
  const t = prescriptionTexts[lang];
  const { addressee } = doc;
  const contact = addressee.contact ? [`${t.contactLabel}: ${addressee.contact}`] : [];
  writeAddressBlock(pdf, t.addresseeLabel, [addressee.platform, addressee.representative, ...contact]);
  writeParagraph(pdf, t.intro(doc.ministry[lang]), { indent: 20 });

  const decidedAt = formatKzDateTime(doc.decision.decidedAt);
  writeSectionHeading(pdf, 1, t.sections.decision);
  writeParagraph(pdf, t.decision({ ...doc.decision, decidedAt, caseNumber: doc.caseNumber }));
  writeSectionHeading(pdf, 2, t.sections.definition);
  writeParagraph(pdf, commonTexts[lang].definition);
  writeSectionHeading(pdf, 3, t.sections.urls);
  writeParagraph(pdf, t.urlsIntro);
  writeNumberedList(pdf, doc.urls, true);
  writeSectionHeading(pdf, 4, t.sections.demand);
  writeParagraph(pdf, t.demand(doc.removalHours), { bold: true });
  writeParagraph(pdf, t.warning);
  // The last section goes to a new page with the signatures rather than leave them alone there.
  const basisHeight = paragraphHeight(pdf, doc.legalBasis[lang]);
  ensureSpace(pdf, SECTION_HEADING_HEIGHT + basisHeight + signaturesHeight(doc.signatures.length));
  writeSectionHeading(pdf, 5, t.sections.basis);
  writeParagraph(pdf, doc.legalBasis[lang]);
  writeSignatures(pdf, doc.signatures, lang);
};

/** The prescription to a platform: the whole text in Kazakh, then in Russian from a new page. */
export const renderPrescriptionPdf = (doc: PrescriptionDoc): Promise<Buffer> => {
  const { kk, ru } = prescriptionTexts;
  const title = `${kk.title} / ${ru.title} № ${doc.number}`;
  const handle = openPdf({
    title,
    author: `${doc.ministry.kk} / ${doc.ministry.ru}`,
    subject: `${kk.subject} / ${ru.subject}`,
    keywords: `${doc.number}, ${doc.caseNumber}`,
    lang: 'kk-KZ',
    createdAt: doc.issuedAt,
  });
  const { pdf } = handle;
  const issuedAt = formatKzDateTime(doc.issuedAt);
  writeLetterhead(
    pdf,
    LANGUAGES.map((lang) => ({ name: doc.ministry[lang], lines: [commonTexts[lang].expertGroup] })),
  );
  LANGUAGES.forEach((lang, i) => {
    const t = prescriptionTexts[lang];
    if (i > 0) pdf.addPage();
    writeSplitLine(pdf, issuedAt, t.numberLine(doc.number));
    writeTitle(pdf, i === 0 ? `${kk.title} / ${ru.title}` : t.title, t.subject);
    writePart(pdf, doc, lang);
  });
  return finishPdf(handle, (page, total) => ({
    left: `${kk.title} / ${ru.title} № ${doc.number} · ${doc.caseNumber}`,
    right: `${commonTexts.kk.page(page, total)} · ${commonTexts.ru.page(page, total)}`,
  }));
};
