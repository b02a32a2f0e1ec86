import { renderAnswerPdf } from './answer.renderer.js';
import { renderExtensionNoticePdf, type ExtensionNoticeDoc } from './extension-notice.renderer.js';
import type { AnswerDoc, PrescriptionDoc, ProtocolDoc, RenderOptions } from './documents.types.js';
import { renderPrescriptionPdf } from './prescription.renderer.js';
import { renderProtocolPdf } from './protocol.renderer.js';

/** One document to render: plain data only, so it crosses to a worker thread by structured clone (Dates included). */
export type RenderJob =
  | { kind: 'protocol'; doc: ProtocolDoc; options: RenderOptions }
  | { kind: 'answer'; doc: AnswerDoc; options: RenderOptions }
  | { kind: 'prescription'; doc: PrescriptionDoc }
  | { kind: 'extension-notice'; doc: ExtensionNoticeDoc; options: RenderOptions };

/** Renders a job to PDF bytes; the worker thread's whole work (render.worker.mjs imports this module). */
export const renderJob = (job: RenderJob): Promise<Buffer> => {
  switch (job.kind) {
    case 'protocol': return renderProtocolPdf(job.doc, job.options);
    case 'answer': return renderAnswerPdf(job.doc, job.options);
    case 'prescription': return renderPrescriptionPdf(job.doc);
    case 'extension-notice': return renderExtensionNoticePdf(job.doc, job.options);
  }
};
