import { msg, type Localized } from '../../shared/domain-error.js';
import { isValidBin } from './bin.rules.js';

/** What the admin edits of a registry entry (hosts and code stay: they decide which platform a URL is). */
export interface PlatformFields {
  name: string;
  nameKk: string | null;
  representative: string;
  representativeKk: string | null;
  representativeContact: string | null;
  legalNameKk: string | null;
  legalNameRu: string | null;
  bin: string | null;
  registration: string | null;
  addressKk: string | null;
  addressRu: string | null;
}

export type PlatformField = keyof PlatformFields;
export const PLATFORM_TEXT_MAX = 300;

const M = {
  required: msg('Required.', 'Обязательное поле.', 'Міндетті өріс.'),
  tooLong: msg(`At most ${PLATFORM_TEXT_MAX} characters, on one line.`, `Не более ${PLATFORM_TEXT_MAX} символов, в одну строку.`, `Бір жолда ${PLATFORM_TEXT_MAX} таңбадан аспауы керек.`),
  bin: msg('The BIN must be 12 digits with a correct check digit.', 'БИН — 12 цифр с верной контрольной цифрой.', 'БСН — бақылау цифры дұрыс 12 цифр.'),
  pair: msg('Give it both in Kazakh and in Russian, or leave both empty.', 'Укажите на казахском и на русском или оставьте оба поля пустыми.', 'Қазақ және орыс тілдерінде көрсетіңіз немесе екеуін де бос қалдырыңыз.'),
};

/** An entry as given: the optional texts may be left out. */
export type PlatformDraft = Pick<PlatformFields, 'name' | 'representative'> & { [K in Exclude<PlatformField, 'name' | 'representative'>]?: string | null };

/** Trims the texts; an empty or missing optional text is null (not recorded). */
export const normalizePlatform = (f: PlatformDraft): PlatformFields => {
  const opt = (v: string | null | undefined) => v?.trim() || null;
  return {
    name: f.name.trim(), nameKk: opt(f.nameKk), representative: f.representative.trim(), representativeKk: opt(f.representativeKk), representativeContact: opt(f.representativeContact),
    legalNameKk: opt(f.legalNameKk), legalNameRu: opt(f.legalNameRu), bin: opt(f.bin)?.replace(/\s/g, '') ?? null, registration: opt(f.registration),
    addressKk: opt(f.addressKk), addressRu: opt(f.addressRu),
  };
};

/** The first wrong field of a (normalized) entry, with a message in three languages; null when it is fine. */
export function platformError(f: PlatformFields): { field: PlatformField; message: Localized } | null {
  for (const field of ['name', 'representative'] as const) if (f[field] === '') return { field, message: M.required };
  for (const [field, value] of Object.entries(f) as [PlatformField, string | null][]) {
    if (value !== null && (value.length > PLATFORM_TEXT_MAX || /[\r\n\t]/.test(value))) return { field, message: M.tooLong };
  }
  if (f.bin !== null && !isValidBin(f.bin)) return { field: 'bin', message: M.bin };
  for (const [kk, ru] of [['legalNameKk', 'legalNameRu'], ['addressKk', 'addressRu']] as const) {
    if ((f[kk] === null) !== (f[ru] === null)) return { field: f[kk] === null ? kk : ru, message: M.pair };
  }
  return null;
}
