import { downloadFile, type FileProblem } from '../../shared/api/files';

// The protocol is printed by the server as PDF, fetched with the token (the answer: case-file/applicant-answer.tsx).

const PDF = 'application/pdf';

export function downloadProtocol(decisionId: string, protocolNumber: string): Promise<{ ok: true } | FileProblem> {
  return downloadFile(`/documents/decisions/${encodeURIComponent(decisionId)}/protocol.pdf`, {
    fileName: `${protocolNumber}.pdf`,
    expectType: PDF,
  });
}
