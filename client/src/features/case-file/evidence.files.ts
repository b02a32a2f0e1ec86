import i18n from 'i18next';
import { authStore } from '../../app/auth.store';
import { ERROR_CODES, isOneOf, type ErrorCode } from '../../shared/api/enums';
import { localizedMessage } from '../../shared/api/errors';

// Evidence files travel outside GraphQL: multipart upload and a plain download, both with the
// bearer token. Errors come back as JSON { error: { code, message } }.

export interface FileProblem {
  ok: false;
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string | null;
}

export type UploadResult = { ok: true; fileName: string } | FileProblem;

interface FilesBody {
  evidence?: { fileName?: string };
  error?: { code?: string; message?: string; messages?: Record<string, string> };
}

function requestHeaders(): Record<string, string> {
  const token = authStore.getToken();
  return { 'Accept-Language': i18n.language, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
}

async function readBody(response: Response): Promise<FilesBody | null> {
  try {
    return (await response.json()) as FilesBody;
  } catch {
    return null;
  }
}

function problemOf(response: Response, body: FilesBody | null): FileProblem {
  const sentCode = body?.error?.code;
  const code = isOneOf(ERROR_CODES, sentCode) ? sentCode : response.status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN';
  if (code === 'UNAUTHENTICATED') authStore.clear('expired');
  return { ok: false, code, message: body?.error ? localizedMessage({ message: body.error.message, extensions: { messages: body.error.messages } }, i18n.language) : null };
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

  const body = await readBody(response);
  if (response.ok && body?.evidence) return { ok: true, fileName: body.evidence.fileName ?? file.name };
  return problemOf(response, body);
}

/** Fetches one evidence file with the token and hands it to the browser as a download. */
export async function downloadEvidence(id: string, fileName: string): Promise<{ ok: true } | FileProblem> {
  let response: Response;
  try {
    response = await fetch(`/files/evidence/${encodeURIComponent(id)}`, { headers: requestHeaders() });
  } catch {
    return { ok: false, code: 'NETWORK', message: null };
  }
  if (!response.ok) return problemOf(response, await readBody(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true };
}
