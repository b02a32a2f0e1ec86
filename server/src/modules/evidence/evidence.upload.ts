import busboy from 'busboy';
import type { Request } from 'express';
import { badInput, type DomainError, msg } from '../../shared/domain-error.js';
import { cleanFileName, isAcceptedType, matchesSignature, ACCEPTED_TYPES } from './file-types.js';
import type { ReceivedFile } from './evidence.service.js';
import type { EvidenceStore } from './evidence.store.js';
import { UploadMeter } from './upload-meter.js';

/** The fields and the one file of a multipart upload, its bytes already in a temporary file. */
export interface Upload {
  fields: Record<string, string>;
  file?: Omit<ReceivedFile, 'caseId' | 'episodeId'>;
  /** Why the complete upload is refused (its temporary file is still there for the caller to discard). */
  problem?: DomainError;
}

export interface UploadRules {
  maxBytes: number;
  /** Spends `bytes` of the uploader's budget, or says why not. */
  spend: (bytes: number) => DomainError | null;
}

const notMultipart = () => badInput(msg('Send the file as multipart/form-data with the fields caseId, episodeId and file.', 'Отправьте файл как multipart/form-data с полями caseId, episodeId и file.', 'Файлды caseId, episodeId және file өрістері бар multipart/form-data ретінде жіберіңіз.'));
const refusedType = (t: string) => badInput(msg(`Files of type ${t} are not accepted; accepted: ${ACCEPTED_TYPES.join(', ')}.`, `Файлы типа ${t} не принимаются; допустимы: ${ACCEPTED_TYPES.join(', ')}.`, `${t} түріндегі файлдар қабылданбайды; рұқсат етілгендер: ${ACCEPTED_TYPES.join(', ')}.`));
const notAsDeclared = (t: string) => badInput(msg(`The file's content is not ${t} as declared.`, `Содержимое файла не соответствует заявленному типу ${t}.`, `Файлдың мазмұны мәлімделген ${t} түріне сәйкес келмейді.`));
const empty = () => badInput(msg('The file is empty.', 'Файл пустой.', 'Файл бос.'));
const tooLarge = (max: number) => {
  const mb = Math.max(1, Math.floor(max / (1024 * 1024)));
  return badInput(msg(`The file is larger than the limit of ${mb} MB.`, `Файл больше допустимых ${mb} МБ.`, `Файл рұқсат етілген ${mb} МБ-тан үлкен.`));
};
/** The client went away mid-body: nobody reads this answer, it only ends the upload. */
export const interrupted = () => badInput(msg('The upload was interrupted before the file was complete.', 'Загрузка прервана до окончания файла.', 'Жүктеу файл аяқталмай тұрып үзілді.'));

/** Whether the request's body ended early: the client closed the connection mid-upload. */
const cutOff = (req: Request): boolean => req.readableAborted || (req.destroyed && !req.complete);

/**
 * Streams the one file of a multipart request to a temporary file while hashing it; never buffers it
 * whole. Rejects, with every stream destroyed and no temporary file left, when the client disconnects,
 * the file is over `maxBytes`, the budget runs out, or the disk fails.
 */
export function receiveUpload(req: Request, storage: EvidenceStore, rules: UploadRules): Promise<Upload> {
  if (cutOff(req)) return Promise.reject(interrupted());
  let bb: busboy.Busboy;
  try {
    // fileSize one past the limit: the meter sees the extra byte and refuses, instead of busboy truncating quietly.
    bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: rules.maxBytes + 1, files: 1, fields: 4, fieldSize: 200, parts: 6 } });
  } catch {
    return Promise.reject(notMultipart());
  }
  const upload: Upload = { fields: {} };
  const controller = new AbortController();
  let writing: Promise<void> = Promise.resolve();

  return new Promise<Upload>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      controller.abort(error); // destroys the file's pipeline, which removes its .part file
      req.unpipe(bb);
      bb.destroy();
      // A file that was complete before the failure is removed too; reject only once the disk is clean.
      void writing
        .then(() => (upload.file?.tempPath ? storage.discard(upload.file.tempPath) : undefined), () => undefined)
        .then(() => reject(error));
    };

    bb.on('field', (name, value) => { upload.fields[name] = value; });
    bb.on('file', (_name, stream, info) => {
      const mimeType = info.mimeType.toLowerCase();
      if (upload.file || !isAcceptedType(mimeType)) {
        upload.problem ??= refusedType(mimeType);
        stream.resume();
        return;
      }
      const file: NonNullable<Upload['file']> = { fileName: cleanFileName(info.filename ?? ''), mimeType, size: 0, sha256: '', tempPath: '' };
      upload.file = file;
      const meter = new UploadMeter((total, bytes) => (total > rules.maxBytes ? tooLarge(rules.maxBytes) : rules.spend(bytes)));
      writing = storage.receive(stream, meter, controller.signal).then((tempPath) => {
        const { size, sha256, head } = meter.result();
        Object.assign(file, { tempPath, size, sha256 });
        if (!matchesSignature(mimeType, head)) upload.problem ??= notAsDeclared(mimeType);
        if (size === 0) upload.problem ??= empty();
      });
      writing.catch(fail);
    });
    bb.on('close', () => {
      writing.then(() => {
        if (settled) return;
        settled = true;
        resolve(upload);
      }, fail);
    });
    bb.on('error', fail);
    // A premature close may come with no error from busboy at all (it just waits for more): watch the request itself.
    req.on('error', () => fail(interrupted()));
    req.on('close', () => { if (!req.complete) fail(interrupted()); });
    req.pipe(bb);
  });
}
