import i18n from 'i18next';
import { authStore } from '../../app/auth.store';
import { ERROR_CODES, isOneOf, type ErrorCode } from './enums';
import { localizedMessage } from './errors';

// Files travel outside GraphQL (evidence, printable documents), with the bearer token. Errors come
// back as JSON — { error: { code, message, messages } } or the GraphQL shape { errors: [...] }.

export interface FileProblem {
  ok: false;
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string | null;
}

interface ServerProblem {
  code?: string;
  message?: string;
  messages?: Record<string, string>;
}

export interface FilesBody {
  error?: ServerProblem;
  errors?: { message?: string; extensions?: { code?: string; messages?: Record<string, string> } }[];
}

export function requestHeaders(): Record<string, string> {
  const token = authStore.getToken();
  return { 'Accept-Language': i18n.language, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
}

export async function readBody<T extends FilesBody>(response: Response): Promise<T | null> {
  try {
    return (await response.json()) as T;
  } catch {
    return null;
  }
}

function serverProblem(body: FilesBody | null): ServerProblem | null {
  if (body?.error) return body.error;
  const first = body?.errors?.[0];
  return first ? { code: first.extensions?.code, message: first.message, messages: first.extensions?.messages } : null;
}

function codeForStatus(status: number): FileProblem['code'] {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  return 'UNKNOWN';
}

/** The problem of a failed file request, with the server's message in the interface language. */
export function problemOf(response: Response, body: FilesBody | null): FileProblem {
  const sent = serverProblem(body);
  const code = isOneOf(ERROR_CODES, sent?.code) ? sent.code : codeForStatus(response.status);
  if (code === 'UNAUTHENTICATED') authStore.clear('expired');
  const message = sent ? localizedMessage({ message: sent.message, extensions: { messages: sent.messages } }, i18n.language) : null;
  return { ok: false, code, message };
}

/** The file name the server proposes in Content-Disposition (RFC 5987 or plain), if any. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface DownloadOptions {
  /** Used when the server proposes no name. */
  fileName: string;
  /** The Content-Type a good answer has, e.g. application/pdf; anything else is not the file. */
  expectType?: string;
}

/** GETs a file with the token and hands it to the browser as a download. */
export async function downloadFile(path: string, { fileName, expectType }: DownloadOptions): Promise<{ ok: true } | FileProblem> {
  let response: Response;
  try {
    response = await fetch(path, { headers: requestHeaders() });
  } catch {
    return { ok: false, code: 'NETWORK', message: null };
  }
  if (!response.ok) return problemOf(response, await readBody(response));
  // A server without the route answers with the app's HTML shell: that is no document.
  const type = response.headers.get('Content-Type') ?? '';
  if (expectType && !type.toLowerCase().startsWith(expectType)) return { ok: false, code: 'NOT_FOUND', message: null };
  saveBlob(await response.blob(), dispositionFileName(response.headers.get('Content-Disposition')) ?? fileName);
  return { ok: true };
}
