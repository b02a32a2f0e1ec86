import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { FONT_FILES } from './fonts.js';

// The font files are read once per thread, not once per document: given a path, pdfkit reads each
// font (~0.7 MB) again for every PDF, and that churn fragments the render thread's malloc arena,
// which stayed resident (~35 MB) after the thread had exited.
let fontBytes: Record<keyof typeof FONT_FILES, Buffer> | null = null;
const fonts = () => (fontBytes ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) });

export type Pdf = PDFKit.PDFDocument;

// A4 with the margins of Kazakh office paperwork: 30 mm left for binding, 15 mm right, 20 mm
// top and bottom (1 mm = 72 / 25.4 pt).
const mm = (n: number): number => (n * 72) / 25.4;
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

export const BODY_SIZE = 10;
export const SMALL_SIZE = 8.5;
export const INK = '#111111';
export const MUTED = '#555555';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  lang: string;
  createdAt: Date;
}

export interface PdfHandle {
  pdf: Pdf;
  done: Promise<Buffer>;
}

/** A new A4 document in the body font, collecting its bytes as they are written. */
export const openPdf = (meta: PdfMeta): PdfHandle => {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // Pages stay in memory so the footer can say "page n of N" once N is known.
    bufferPages: true,
    lang: meta.lang,
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords,
      Creator: meta.author,
      CreationDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const { regular, bold } = fonts();
  pdf.registerFont('regular', regular);
  pdf.registerFont('bold', bold);
  pdf.font('regular').fontSize(BODY_SIZE).fillColor(INK);
  return { pdf, done };
};

export const contentWidth = (pdf: Pdf): number =>
  pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

export const contentBottom = (pdf: Pdf): number => pdf.page.height - pdf.page.margins.bottom;

/** Starts a new page unless `height` points still fit, so a block is not split from its head. */
export const ensureSpace = (pdf: Pdf, height: number): void => {
  if (pdf.y + height > contentBottom(pdf)) pdf.addPage();
};

export const useFont = (pdf: Pdf, weight: 'regular' | 'bold', size: number = BODY_SIZE): Pdf =>
  pdf.font(weight).fontSize(size);

export interface FooterParts {
  left: string;
  right: string;
}

/** Stamps every page's footer (known only now: "page n of N"), then closes the document. */
export const finishPdf = (handle: PdfHandle, footer: (page: number, total: number) => FooterParts): Promise<Buffer> => {
  const { pdf } = handle;
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    const { left, right } = footer(i + 1, range.count);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit open a new page: lift the margin meanwhile.
    pdf.page.margins.bottom = 0;
    const x = pdf.page.margins.left;
    const width = contentWidth(pdf);
    const y = pdf.page.height - bottom / 2 - SMALL_SIZE;
    pdf.moveTo(x, y - 4).lineTo(x + width, y - 4).lineWidth(0.5).strokeColor('#999999').stroke();
    useFont(pdf, 'regular', SMALL_SIZE).fillColor(MUTED);
    pdf.text(left, x, y, { width, align: 'left', lineBreak: false });
    pdf.text(right, x, y, { width, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return handle.done;
};
