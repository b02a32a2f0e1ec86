import { downloadFile, type FileProblem } from '../../shared/api/files';

/** The prescription as the server prints it (PDF, Kazakh and Russian), fetched with the token. */
export function downloadPrescription(id: string, number: string): Promise<{ ok: true } | FileProblem> {
  return downloadFile(`/documents/prescriptions/${encodeURIComponent(id)}.pdf`, { fileName: `${number}.pdf`, expectType: 'application/pdf' });
}
