import { msg, type Localized } from '../../shared/domain-error.js';

// Who issues the prescription (the authorised body's official) and who prepared it and answers the
// platform (the executor): kept in the settings, printed in each half of the PDF (issue 16, point 6).

export interface PrescriptionOfficials {
  signatoryNameKk: string;
  signatoryNameRu: string;
  signatoryPositionKk: string;
  signatoryPositionRu: string;
  executorNameKk: string;
  executorNameRu: string;
  executorPositionKk: string;
  executorPositionRu: string;
  executorPhone: string;
  executorEmail: string;
}

export type OfficialField = keyof PrescriptionOfficials;

const SIGNATORY: readonly OfficialField[] = ['signatoryNameKk', 'signatoryNameRu', 'signatoryPositionKk', 'signatoryPositionRu'];
const EXECUTOR: readonly OfficialField[] = ['executorNameKk', 'executorNameRu', 'executorPositionKk', 'executorPositionRu', 'executorPhone', 'executorEmail'];
export const OFFICIAL_FIELDS: readonly OfficialField[] = [...SIGNATORY, ...EXECUTOR];

export const OFFICIAL_TEXT_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
// A phone as people write it: "+7 7172 74 00 00", "8 (727) 300-00-00"; 10 to 15 digits.
const PHONE = /^\+?[0-9][0-9 ()-]*$/;

export interface FieldError {
  field: OfficialField;
  message: Localized;
}

const M = {
  tooLong: msg(`At most ${OFFICIAL_TEXT_MAX} characters, on one line.`, `Не более ${OFFICIAL_TEXT_MAX} символов, в одну строку.`, `Бір жолда ${OFFICIAL_TEXT_MAX} таңбадан аспауы керек.`),
  signatory: msg('Give the signatory\'s name and position both in Kazakh and in Russian (or leave all four empty).', 'Укажите имя и должность подписывающего лица на казахском и на русском (или оставьте все четыре поля пустыми).', 'Қол қоюшының аты-жөні мен лауазымын қазақ және орыс тілдерінде көрсетіңіз (немесе төрт өрісті де бос қалдырыңыз).'),
  executor: msg('Give the executor\'s name and position in Kazakh and in Russian, the phone and the e-mail (or leave them all empty).', 'Укажите имя и должность исполнителя на казахском и на русском, телефон и e-mail (или оставьте все поля пустыми).', 'Орындаушының аты-жөні мен лауазымын қазақ және орыс тілдерінде, телефонын және e-mail-ін көрсетіңіз (немесе барлық өрісті бос қалдырыңыз).'),
  phone: msg('The executor\'s phone: digits with an optional leading +, spaces, brackets or dashes; 10 to 15 digits.', 'Телефон исполнителя: цифры, в начале может быть +, допустимы пробелы, скобки и дефисы; от 10 до 15 цифр.', 'Орындаушының телефоны: цифрлар, басында + болуы мүмкін, бос орын, жақша және сызықша рұқсат; 10-нан 15-ке дейін цифр.'),
  email: msg('The executor\'s e-mail is not a valid address (name@domain.kz).', 'E-mail исполнителя — неверный адрес (name@domain.kz).', 'Орындаушының e-mail-і — қате мекенжай (name@domain.kz).'),
};

/** Trims every field; the stored form. */
export const trimOfficials = <T extends Partial<PrescriptionOfficials>>(patch: T): T =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, OFFICIAL_FIELDS.includes(k as OfficialField) && typeof v === 'string' ? v.trim() : v])) as T;

/** The first field that is wrong, with a message in three languages; null when the officials are fine. */
export function officialsError(o: PrescriptionOfficials): FieldError | null {
  for (const field of OFFICIAL_FIELDS) {
    if (o[field].length > OFFICIAL_TEXT_MAX || /[\r\n\t]/.test(o[field])) return { field, message: M.tooLong };
  }
  for (const [group, message] of [[SIGNATORY, M.signatory], [EXECUTOR, M.executor]] as const) {
    const missing = group.find((f) => o[f] === '');
    if (missing && group.some((f) => o[f] !== '')) return { field: missing, message };
  }
  const digits = o.executorPhone.replace(/\D/g, '').length;
  if (o.executorPhone !== '' && (!PHONE.test(o.executorPhone) || digits < 10 || digits > 15)) return { field: 'executorPhone', message: M.phone };
  if (o.executorEmail !== '' && !EMAIL.test(o.executorEmail)) return { field: 'executorEmail', message: M.email };
  return null;
}
