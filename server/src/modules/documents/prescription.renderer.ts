import { commonTexts } from './common.texts.js';
import type { DocumentLanguage, PrescriptionDoc } from './documents.types.js';
import { formatKzDate, formatKzDateTime, formatKzLongDateKk, formatKzLongDateKkAttributive, formatKzLongDateTimeKk } from './kz-time.js';
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
import { OFFICIAL_SIGNATORY_HEIGHT, writeOfficialSignatory } from './signature-block.js';

const LANGUAGES: DocumentLanguage[] = ['kk', 'ru'];

// Letters Kazakh has and Russian has not: they tell the Kazakh half of a bilingual text.
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/**
 * The addressee in one language. A text stored in both, "ru / kk" (the decisions module's owner
 * placeholder), gives each half its own part; a text in one language (a registry entry) is as is.
 */
export const addresseeIn = (text: string, lang: DocumentLanguage): string => {
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  const [first, second] = parts as [string, string];
  const kkFirst = KAZAKH_LETTERS.test(first) && !KAZAKH_LETTERS.test(second);
  const [ru, kk] = kkFirst ? [second, first] : [first, second];
  return lang === 'kk' ? kk : ru;
};

/** Dates in each half in its language's form: Kazakh long dates, Russian DD.MM.YYYY. */
const dates = {
  kk: { date: formatKzLongDateKk, dated: formatKzLongDateKkAttributive, dateTime: formatKzLongDateTimeKk },
  ru: { date: formatKzDate, dated: formatKzDate, dateTime: formatKzDateTime },
} satisfies Record<DocumentLanguage, Record<string, (at: Date) => string>>;

/** Who signed the panel's decision in the system and when, as a sentence (no mark imitating a signature). */
const decisionSignedText = (doc: PrescriptionDoc, lang: DocumentLanguage): string => {
  const t = prescriptionTexts[lang];
  const signed = doc.signatures.flatMap((s) =>
    s.signedAt ? [{ role: commonTexts[lang].roles[s.role], name: s.name, at: dates[lang].dateTime(s.signedAt) }] : [],
  );
  return signed.length > 0
    ? t.decisionSigned(doc.decision.protocolNumber, signed)
    : t.decisionUnsigned(doc.decision.protocolNumber);
};

/** The whole prescription in one language, from the addressee to the signatory. */
const writePart = (pdf: Pdf, doc: PrescriptionDoc, lang: DocumentLanguage): void => {
  const t = prescriptionTexts[lang];
  const { addressee } = doc;
  const contact = addressee.contact ? [`${t.contactLabel}: ${addressee.contact}`] : [];
  const representative = addresseeIn(addressee.representative, lang);
  writeAddressBlock(pdf, t.addresseeLabel, [addressee.platform, representative, ...contact]);
  const ref = {
    protocolNumber: doc.decision.protocolNumber,
    decidedAt: dates[lang].dated(doc.decision.decidedAt),
    caseNumber: doc.caseNumber,
  };
  writeParagraph(pdf, t.intro(doc.ministry[lang], ref), { indent: 20 });

  writeSectionHeading(pdf, 1, t.sections.decision);
  writeParagraph(pdf, t.decision(ref));
  writeSectionHeading(pdf, 2, t.sections.definition);
  writeParagraph(pdf, commonTexts[lang].definition);
  writeSectionHeading(pdf, 3, t.sections.urls);
  writeParagraph(pdf, t.urlsIntro);
  writeNumberedList(pdf, doc.urls, true);
  writeSectionHeading(pdf, 4, t.sections.demand);
  writeParagraph(pdf, t.demand(doc.removalHours), { bold: true });
  writeParagraph(pdf, t.warning);
  // The last section goes to a new page with the signatory rather than leave it alone there.
  const signedText = decisionSignedText(doc, lang);
  const style = { size: 9, align: 'left' as const };
  ensureSpace(pdf, SECTION_HEADING_HEIGHT + paragraphHeight(pdf, t.basis) + paragraphHeight(pdf, signedText, style) + OFFICIAL_SIGNATORY_HEIGHT);
  writeSectionHeading(pdf, 5, t.sections.basis);
  writeParagraph(pdf, t.basis);
  writeParagraph(pdf, signedText, style);
  writeOfficialSignatory(pdf, t.signatory, t.signatureHint, t.nameHint);
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
  // The letterhead is the authorised body's: the prescription is its act, not the panel's.
  writeLetterhead(pdf, LANGUAGES.map((lang) => ({ name: doc.ministry[lang], lines: [] })));
  LANGUAGES.forEach((lang, i) => {
    const t = prescriptionTexts[lang];
    if (i > 0) pdf.addPage();
    writeSplitLine(pdf, dates[lang].date(doc.issuedAt), t.numberLine(doc.number));
    writeTitle(pdf, i === 0 ? `${kk.title} / ${ru.title}` : t.title, t.subject);
    writePart(pdf, doc, lang);
  });
  return finishPdf(handle, (page, total) => ({
    left: `${kk.title} / ${ru.title} № ${doc.number} · ${doc.caseNumber}`,
    right: `${commonTexts.kk.page(page, total)} · ${commonTexts.ru.page(page, total)}`,
  }));
};
