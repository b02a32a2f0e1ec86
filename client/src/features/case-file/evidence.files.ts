import { downloadFile, problemOf, readBody, requestHeaders, type FileProblem, type FilesBody } from '../../shared/api/files';

// Evidence files travel outside GraphQL: multipart upload and a plain download, both with the
// bearer token (see shared/api/files.ts for the error shape).

export type { FileProblem };

export type UploadResult = { ok: true; fileName: string } | FileProblem;

interface EvidenceBody extends FilesBody {
  evidence?: { fileName?: string };
}

/** POSTs one evidence file to /files/evidence (multipart: caseId, episodeId, file). */
export async function uploadEvidence(caseId: string, episodeId: string, file: File): Promise<UploadResult> {
  const form = new FormData();
  form.append('caseId', caseId);
  form.append('episodeId', episodeId);
  form.append('file', file, file.name);

  let response: Response;
  try {
    response = await fetch('/files/evidence', {
      method: 'POST',
      body: form,
      headers: requestHeaders(),
    });
  } catch {
    return { ok: false, code: 'NETWORK', message: null };
  }

  const body = await readBody<EvidenceBody>(response);
  if (response.ok && body?.evidence) return { ok: true, fileName: body.evidence.fileName ?? file.name };
  return problemOf(response, body);
}

/** Fetches one evidence file with the token and hands it to the browser as a download. */
export function downloadEvidence(id: string, fileName: string): Promise<{ ok: true } | FileProblem> {
  return downloadFile(`/files/evidence/${encodeURIComponent(id)}`, { fileName });
}
