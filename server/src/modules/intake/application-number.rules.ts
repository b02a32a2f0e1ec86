import { msg, type Localized } from '../../shared/domain-error.js';
import { ApplicationKind } from '../cases/application.js';

// Latin or Cyrillic (ЖТ-2026-00000742), with any dash, slash, dot, underscore or space between parts.
const EOTINISH = /^[\p{L}\p{N}][\p{L}\p{N} \-‐‑‒–—―−/._]{0,63}$/u;
// The ministry's incoming registration number (e.g. "01-12/345", "ЗТ-2026-118"): letters, digits,
// dashes, "/" and "."; spaces only inside; at least one letter or digit.
const INCOMING = /^(?=.*[\p{L}\p{N}])[\p{L}\p{N}\-‐‑‒–—―−/.](?:[\p{L}\p{N} \-‐‑‒–—―−/.]{0,62}[\p{L}\p{N}\-‐‑‒–—―−/.])?$/u;

const M: Record<ApplicationKind, Localized> = {
  EOTINISH: msg(
    'The E-otinish number must be 1–64 letters, digits, spaces, dashes, "/", "." or "_", starting with a letter or digit.',
    'Номер E-otinish — от 1 до 64 букв, цифр, пробелов, дефисов, «/», «.» или «_», начиная с буквы или цифры.',
    'E-otinish нөмірі — әріппен немесе цифрмен басталатын 1–64 әріп, цифр, бос орын, сызықша, «/», «.» немесе «_».',
  ),
  PAPER: msg(
    'The incoming registration number must be 1–64 letters, digits, dashes, "/" or "." (spaces only inside).',
    'Входящий регистрационный номер — от 1 до 64 букв, цифр, дефисов, «/» или «.» (пробелы только внутри).',
    'Кіріс тіркеу нөмірі — 1–64 әріп, цифр, сызықша, «/» немесе «.» (бос орын тек ішінде).',
  ),
};

/** What is wrong with an application's number of this kind (as entered, already trimmed), or null. */
export function applicationNumberProblem(kind: ApplicationKind, number: string): Localized | null {
  const ok = kind === ApplicationKind.PAPER ? INCOMING.test(number) : EOTINISH.test(number);
  return ok ? null : M[kind];
}
