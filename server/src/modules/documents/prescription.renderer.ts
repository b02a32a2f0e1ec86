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

/**
 * The addressee's lines in one language: the legal entity (or the platform's name and that the
 * entity is not recorded), the platform, its BIN or foreign registration, the address, the
 * representative and the contact; what the registry lacks is said plainly.
 */
const addresseeLines = (a: PrescriptionDoc['addressee'], lang: DocumentLanguage): string[] => {
  const t = prescriptionTexts[lang];
  const entity = a.legalName ? [a.legalName[lang], a.platform[lang]] : [a.platform[lang], t.legalNameMissing];
  const id = a.bin ? t.binLine(a.bin) : a.registration ? t.registrationLine(a.registration) : t.binMissing;
  const address = a.address ? t.addressLine(a.address[lang]) : t.addressMissing;
  const contact = a.contact ? [`${t.contactLabel}: ${a.contact}`] : [];
  return [...entity, id, address, addresseeIn(a.representative, lang), ...contact];
};

/** The whole prescription in one language, from the addressee to the signatory and the executor. */
const writePart = (pdf: Pdf, doc: PrescriptionDoc, lang: DocumentLanguage): void => {
  const t = prescriptionTexts[lang];
  writeAddressBlock(pdf, t.addresseeLabel, addresseeLines(doc.addressee, lang));
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
  const { signatory, executor } = doc.officials;
  writeSectionHeading(pdf, 5, t.sections.compliance);
  writeParagraph(pdf, t.compliance(doc.number, executor));
  // The last section goes to a new page with the signatory rather than leave it alone there.
  const signedText = decisionSignedText(doc, lang);
  const style = { size: 9, align: 'left' as const };
  const executorText = executor ? t.executorLine(executor.position[lang], executor.name[lang], executor.phone, executor.email) : null;
  const executorHeight = executorText ? paragraphHeight(pdf, executorText, style) : 0;
  ensureSpace(pdf, SECTION_HEADING_HEIGHT + paragraphHeight(pdf, t.basis) + paragraphHeight(pdf, signedText, style) + OFFICIAL_SIGNATORY_HEIGHT + executorHeight);
  writeSectionHeading(pdf, 6, t.sections.basis);
  writeParagraph(pdf, t.basis);
  writeParagraph(pdf, signedText, style);
  // The official named in the settings, with a blank line to sign by hand: nothing imitates a signature.
  writeOfficialSignatory(pdf, signatory?.position[lang] ?? t.signatory, t.signatureHint, t.nameHint, signatory?.name[lang]);
  if (executorText) writeParagraph(pdf, executorText, style);
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
