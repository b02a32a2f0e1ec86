import { downloadFile, type FileProblem } from '../../shared/api/files';

// The protocol and the answer to the applicant are printed by the server as PDF, fetched with the token.

const PDF = 'application/pdf';

export function downloadProtocol(decisionId: string, protocolNumber: string): Promise<{ ok: true } | FileProblem> {
  return downloadFile(`/documents/decisions/${encodeURIComponent(decisionId)}/protocol.pdf`, {
    fileName: `${protocolNumber}.pdf`,
    expectType: PDF,
  });
}

export function downloadAnswer(decisionId: string, protocolNumber: string): Promise<{ ok: true } | FileProblem> {
  return downloadFile(`/documents/decisions/${encodeURIComponent(decisionId)}/answer.pdf`, {
    fileName: `${protocolNumber}-answer.pdf`,
    expectType: PDF,
  });
}
