import { commonTexts } from './common.texts.js';
import type { DocumentLanguage, Signature } from './documents.types.js';
import { contentWidth, ensureSpace, INK, MUTED, useFont, type Pdf } from './pdf-document.js';

const ROW_HEIGHT = 30;
const TOP_GAP = 12;

// A decision signed in the system is stated as plain text (who signed is the row, when is this
// line): no frame or stamp that would pass for an electronic signature the PDF does not carry.
const writeSignedInSystem = (pdf: Pdf, text: string, x: number, y: number, width: number): void => {
  useFont(pdf, 'regular', 7.5).fillColor(MUTED).text(text, x, y, { width, align: 'center' });
};

/** A blank line with "(signature)" under it, to be signed by hand after printing. */
const writeSignatureLine = (pdf: Pdf, hint: string, x: number, y: number, width: number): void => {
  const lineY = y + 12;
  pdf.moveTo(x, lineY).lineTo(x + width, lineY).lineWidth(0.5).strokeColor(INK).stroke();
  useFont(pdf, 'regular', 7).fillColor(MUTED).text(hint, x, lineY + 2, { width, align: 'center' });
};

export const signaturesHeight = (count: number): number => TOP_GAP + ROW_HEIGHT * count;

/** One row per signatory: role | when signed in the system, or a blank line | name. */
export const writeSignatures = (pdf: Pdf, signatures: Signature[], lang: DocumentLanguage): void => {
  const texts = commonTexts[lang];
  const x = pdf.page.margins.left;
  const width = contentWidth(pdf);
  const roleW = width * 0.42;
  const signW = width * 0.26;
  const nameX = x + roleW + signW + 10;
  ensureSpace(pdf, signaturesHeight(signatures.length));
  pdf.y += TOP_GAP;
  for (const signature of signatures) {
    const top = pdf.y;
    useFont(pdf, 'bold', 10).fillColor(INK).text(texts.roles[signature.role], x, top, { width: roleW - 10 });
    const roleBottom = pdf.y;
    if (signature.signedAt) writeSignedInSystem(pdf, texts.signedInSystem(signature.signedAt), x + roleW, top, signW);
    else writeSignatureLine(pdf, texts.signatureHint, x + roleW, top, signW);
    const nameW = x + width - nameX;
    useFont(pdf, 'bold', 10).fillColor(INK).text(signature.name, nameX, top, { width: nameW, align: 'right' });
    pdf.x = x;
    pdf.y = Math.max(roleBottom, pdf.y, top + ROW_HEIGHT);
  }
  pdf.fillColor(INK);
};

export const OFFICIAL_SIGNATORY_HEIGHT = TOP_GAP + ROW_HEIGHT + 6;

/**
 * The signatory of an act of the authorised body: the position, a blank line for the signature and
 * the name (or a blank line for it), to be signed by hand (or by the body's e-signature outside this PDF).
 */
export const writeOfficialSignatory = (pdf: Pdf, position: string, signatureHint: string, nameHint: string, name?: string): void => {
  const x = pdf.page.margins.left;
  const width = contentWidth(pdf);
  const positionW = width * 0.42;
  const signW = width * 0.26;
  const nameX = x + positionW + signW + 10;
  ensureSpace(pdf, OFFICIAL_SIGNATORY_HEIGHT);
  pdf.y += TOP_GAP;
  const top = pdf.y;
  useFont(pdf, 'bold', 10).fillColor(INK).text(position, x, top, { width: positionW - 10 });
  const positionBottom = pdf.y;
  writeSignatureLine(pdf, signatureHint, x + positionW, top, signW);
  if (name) useFont(pdf, 'bold', 10).fillColor(INK).text(name, nameX, top, { width: x + width - nameX, align: 'right' });
  else writeSignatureLine(pdf, nameHint, nameX, top, x + width - nameX);
  pdf.x = x;
  pdf.y = Math.max(positionBottom, pdf.y, top + ROW_HEIGHT);
  pdf.fillColor(INK);
};
