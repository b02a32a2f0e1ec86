import { contentBottom, contentWidth, INK, useFont, type Pdf } from './pdf-document.js';

export interface TableColumn {
  header: string;
  share: number; // fraction of the content width
  align?: 'left' | 'center' | 'right';
}

const PAD = 4;
const SIZE = 9.5;
const HEADER_SIZE = 8.5;
const BORDER = '#777777';
const HEADER_FILL = '#e8e8e8';

const cellWidths = (pdf: Pdf, columns: TableColumn[]): number[] => {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  return columns.map((c) => (c.share / total) * contentWidth(pdf));
};

/** Height of a row in the table font (which it leaves selected for drawing). */
const rowHeight = (pdf: Pdf, cells: string[], widths: number[], header: boolean): number => {
  useFont(pdf, header ? 'bold' : 'regular', header ? HEADER_SIZE : SIZE);
  return Math.max(...cells.map((cell, i) => pdf.heightOfString(cell, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
};

const drawRow = (pdf: Pdf, cells: string[], widths: number[], columns: TableColumn[], header: boolean): void => {
  const height = rowHeight(pdf, cells, widths, header);
  const top = pdf.y;
  let x = pdf.page.margins.left;
  cells.forEach((cell, i) => {
    const width = widths[i]!;
    if (header) pdf.rect(x, top, width, height).fillColor(HEADER_FILL).fill();
    pdf.rect(x, top, width, height).lineWidth(0.5).strokeColor(BORDER).stroke();
    pdf.fillColor(INK).text(cell, x + PAD, top + PAD, {
      width: width - 2 * PAD,
      align: header ? 'center' : (columns[i]!.align ?? 'left'),
    });
    x += width;
  });
  pdf.x = pdf.page.margins.left;
  pdf.y = top + height;
};

/** A bordered table; a row never splits across pages, and the header repeats on each new page. */
export const writeTable = (pdf: Pdf, columns: TableColumn[], rows: string[][]): void => {
  const widths = cellWidths(pdf, columns);
  const headers = columns.map((c) => c.header);
  const rowFits = (cells: string[], extra: number): boolean =>
    pdf.y + extra + rowHeight(pdf, cells, widths, false) <= contentBottom(pdf);

  // The header and the first row start together.
  if (!rowFits(rows[0] ?? headers, rowHeight(pdf, headers, widths, true))) pdf.addPage();
  drawRow(pdf, headers, widths, columns, true);
  for (const row of rows) {
    if (!rowFits(row, 0)) {
      pdf.addPage();
      drawRow(pdf, headers, widths, columns, true);
    }
    drawRow(pdf, row, widths, columns, false);
  }
  pdf.y += 8;
};
