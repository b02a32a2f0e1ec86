// Reads a PDF back with a real extractor (pdf.js, as browsers use it), so tests see what a reader
// would copy out of the document, not what the renderer meant to write. Used by tests only.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ExtractedPdf {
  /** The text of all pages, one line of the page per line. */
  text: string;
  pages: string[];
  info: Record<string, unknown>;
}

export const extractPdf = async (pdfBytes: Buffer): Promise<ExtractedPdf> => {
  const pdf = await getDocument({ data: new Uint8Array(pdfBytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const parts = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''));
      // The renderer glues "№" to its number with a no-break space; compare with plain spaces.
      pages.push(parts.join('').replace(/\u00A0/g, ' '));
    }
    const { info } = await pdf.getMetadata();
    return { text: pages.join('\n'), pages, info: info as Record<string, unknown> };
  } finally {
    await pdf.destroy();
  }
};

/**
 * The text with line breaks removed: a wrapped URL comes out of the extractor as several lines,
 * and joining them back must give the URL whole (nothing dropped or hyphenated at a break).
 */
export const unwrapped = (text: string): string => text.replace(/\n/g, '');

/**
 * The text as one line with single spaces, to find a sentence whatever the line breaks. A line
 * broken after a hyphen ("4.1-" / "тармақшасына") joins without a space: the hyphen is the text's.
 */
export const flat = (text: string): string => text.replace(/-\n/g, '-').replace(/\s+/g, ' ');
