import { commonTexts } from './common.texts.js';
import type { DocumentLanguage, Signature } from './documents.types.js';
import { formatKzDateTime } from './kz-time.js';
import { contentWidth, ensureSpace, INK, MUTED, useFont, type Pdf } from './pdf-document.js';

const ROW_HEIGHT = 30;
const TOP_GAP = 12;
const STAMP = '#2a4a8a';

/** A small framed mark, like the one e-signature systems print: "signed" and when. */
const writeSignedStamp = (pdf: Pdf, label: string, at: Date, x: number, y: number, width: number): void => {
  pdf.roundedRect(x, y - 3, width, 24, 3).lineWidth(0.6).strokeColor(STAMP).stroke();
  useFont(pdf, 'regular', 7.5).fillColor(STAMP);
  pdf.text(label, x, y, { width, align: 'center' });
  pdf.text(formatKzDateTime(at), x, pdf.y, { width, align: 'center' });
};

/** A blank line with "(signature)" under it, to be signed by hand after printing. */
const writeSignatureLine = (pdf: Pdf, hint: string, x: number, y: number, width: number): void => {
  const lineY = y + 12;
  pdf.moveTo(x, lineY).lineTo(x + width, lineY).lineWidth(0.5).strokeColor(INK).stroke();
  useFont(pdf, 'regular', 7).fillColor(MUTED).text(hint, x, lineY + 2, { width, align: 'center' });
};

export const signaturesHeight = (count: number): number => TOP_GAP + ROW_HEIGHT * count;

/** One row per signatory: role | signed-at mark or blank line | name. */
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
    if (signature.signedAt) writeSignedStamp(pdf, texts.signed, signature.signedAt, x + roleW, top, signW);
    else writeSignatureLine(pdf, texts.signatureHint, x + roleW, top, signW);
    const nameW = x + width - nameX;
    useFont(pdf, 'bold', 10).fillColor(INK).text(signature.name, nameX, top, { width: nameW, align: 'right' });
    pdf.x = x;
    pdf.y = Math.max(roleBottom, pdf.y, top + ROW_HEIGHT);
  }
  pdf.fillColor(INK);
};
