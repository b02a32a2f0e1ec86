import { BODY_SIZE, contentWidth, ensureSpace, INK, MUTED, useFont, type Pdf } from './pdf-document.js';

const LINK = '#1a3c8c';
const RULE = '#333333';

const left = (pdf: Pdf): number => pdf.page.margins.left;

/** A double rule under the letterhead, as on ministry blanks. */
const writeDoubleRule = (pdf: Pdf): void => {
  const y = pdf.y + 4;
  const x = left(pdf);
  const w = contentWidth(pdf);
  pdf.moveTo(x, y).lineTo(x + w, y).lineWidth(1.2).strokeColor(RULE).stroke();
  pdf.moveTo(x, y + 2.5).lineTo(x + w, y + 2.5).lineWidth(0.4).stroke();
  pdf.x = x;
  pdf.y = y + 12;
};

/** Letterhead of one or more columns (Kazakh left, Russian right): a bold name, then smaller lines. */
export const writeLetterhead = (pdf: Pdf, columns: { name: string; lines: string[] }[]): void => {
  const gap = 24;
  const width = (contentWidth(pdf) - gap * (columns.length - 1)) / columns.length;
  const top = pdf.y;
  let bottom = top;
  columns.forEach((column, i) => {
    const x = left(pdf) + i * (width + gap);
    useFont(pdf, 'bold', 9.5).fillColor(INK).text(column.name.toUpperCase(), x, top, { width, align: 'center' });
    for (const line of column.lines) {
      useFont(pdf, 'regular', 7.5).fillColor(MUTED).text(line, x, pdf.y + 2, { width, align: 'center' });
    }
    bottom = Math.max(bottom, pdf.y);
  });
  pdf.y = bottom;
  writeDoubleRule(pdf);
  pdf.fillColor(INK);
};

/** One line with a text on the left and another on the right (date and number of a document). */
export const writeSplitLine = (pdf: Pdf, leftText: string, rightText: string): void => {
  const x = left(pdf);
  const y = pdf.y;
  const width = contentWidth(pdf);
  useFont(pdf, 'regular').fillColor(INK);
  pdf.text(leftText, x, y, { width, align: 'left', lineBreak: false });
  pdf.text(rightText, x, y, { width, align: 'right', lineBreak: false });
  pdf.x = x;
  pdf.y = y + pdf.currentLineHeight(true) + 8;
};

export const writeTitle = (pdf: Pdf, title: string, subtitle?: string): void => {
  ensureSpace(pdf, 80);
  useFont(pdf, 'bold', 14).fillColor(INK).text(title, left(pdf), pdf.y, { width: contentWidth(pdf), align: 'center' });
  if (subtitle) {
    useFont(pdf, 'bold', BODY_SIZE).text(subtitle, left(pdf), pdf.y + 3, { width: contentWidth(pdf), align: 'center' });
  }
  pdf.y += 10;
};

export const writeSectionHeading = (pdf: Pdf, n: number, heading: string): void => {
  // Keep a heading together with at least a few lines of its section.
  ensureSpace(pdf, 60);
  pdf.y += 4;
  useFont(pdf, 'bold', 10.5).fillColor(INK).text(`${n}. ${heading}`, left(pdf), pdf.y, { width: contentWidth(pdf) });
  pdf.y += 3;
};

export interface ParagraphStyle {
  bold?: boolean;
  size?: number;
  indent?: number;
  align?: 'left' | 'justify' | 'center' | 'right';
}

const PARAGRAPH_GAP = 4;

// "№" must not end a line apart from its number: glue them with a no-break space.
const typeset = (text: string): string => text.replace(/№ /g, '№\u00A0');

const paragraphOptions = (pdf: Pdf, style: ParagraphStyle): PDFKit.Mixins.TextOptions => ({
  width: contentWidth(pdf),
  align: style.align ?? 'justify',
  indent: style.indent ?? 0,
  lineGap: 1,
});

export const writeParagraph = (pdf: Pdf, text: string, style: ParagraphStyle = {}): void => {
  useFont(pdf, style.bold ? 'bold' : 'regular', style.size ?? BODY_SIZE).fillColor(INK);
  pdf.text(typeset(text), left(pdf), pdf.y, paragraphOptions(pdf, style));
  pdf.y += PARAGRAPH_GAP;
};

/** The height writeParagraph will take, to keep a short closing block on one page. */
export const paragraphHeight = (pdf: Pdf, text: string, style: ParagraphStyle = {}): number => {
  useFont(pdf, style.bold ? 'bold' : 'regular', style.size ?? BODY_SIZE);
  return pdf.heightOfString(typeset(text), paragraphOptions(pdf, style)) + PARAGRAPH_GAP;
};

/** A section heading's height, with its spacing. */
export const SECTION_HEADING_HEIGHT = 22;

/** A block on the right half of the page (to whom a document is addressed). */
export const writeAddressBlock = (pdf: Pdf, label: string, lines: string[]): void => {
  const x = left(pdf) + contentWidth(pdf) * 0.45;
  const width = contentWidth(pdf) * 0.55;
  useFont(pdf, 'regular', 9).fillColor(MUTED).text(label, x, pdf.y, { width });
  lines.forEach((line, i) => {
    useFont(pdf, i === 0 ? 'bold' : 'regular', 9.5).fillColor(INK).text(line, x, pdf.y + 1, { width });
  });
  pdf.x = left(pdf);
  pdf.y += 10;
};

/**
 * A numbered list with a hanging indent. URLs are printed whole in a link colour and made
 * clickable; the line wrapper breaks a long one wherever needed, never dropping a character.
 */
export const writeNumberedList = (pdf: Pdf, items: string[], asLinks = false): void => {
  const numberWidth = 22;
  const x = left(pdf) + 8;
  const width = contentWidth(pdf) - 8 - numberWidth;
  items.forEach((item, i) => {
    useFont(pdf, 'regular', asLinks ? 9.5 : BODY_SIZE);
    ensureSpace(pdf, pdf.currentLineHeight(true) * 2);
    const y = pdf.y;
    pdf.fillColor(INK).text(`${i + 1}.`, x, y, { width: numberWidth, lineBreak: false });
    pdf.fillColor(asLinks ? LINK : INK).text(item, x + numberWidth, y, {
      width,
      ...(asLinks ? { link: item } : {}),
    });
    pdf.y += 3;
  });
  pdf.fillColor(INK);
  pdf.x = left(pdf);
  pdf.y += 3;
};

/**
 * A bold label over free text people wrote. The label never ends a page alone; the text is
 * ragged right, as justifying it stretches lines that hold long words or links.
 */
export const writeLabelledText = (pdf: Pdf, label: string, text: string): void => {
  const labelStyle: ParagraphStyle = { bold: true, align: 'left' };
  const textStyle: ParagraphStyle = { align: 'left' };
  const firstLines = Math.min(paragraphHeight(pdf, text, textStyle), 3 * pdf.currentLineHeight(true));
  ensureSpace(pdf, paragraphHeight(pdf, label, labelStyle) + firstLines);
  writeParagraph(pdf, label, labelStyle);
  writeParagraph(pdf, text, textStyle);
};
