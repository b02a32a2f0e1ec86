import { msg, type FieldProblem, type FieldProblems } from '../../shared/domain-error.js';

/** An agency's names as the admin writes them, one per language of the interface. */
export interface AgencyNames {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export type AgencyNameField = keyof AgencyNames;
export const AGENCY_NAME_FIELDS: readonly AgencyNameField[] = ['nameKk', 'nameRu', 'nameEn'];
export const AGENCY_NAME_MIN = 2;
export const AGENCY_NAME_MAX = 200;

const PROBLEMS = {
  required: { code: 'REQUIRED', message: msg('Required.', 'Обязательное поле.', 'Міндетті өріс.') },
  tooShort: { code: 'TOO_SHORT', message: msg(`At least ${AGENCY_NAME_MIN} characters.`, `Не менее ${AGENCY_NAME_MIN} символов.`, `Кемінде ${AGENCY_NAME_MIN} таңба.`) },
  tooLong: { code: 'TOO_LONG', message: msg(`At most ${AGENCY_NAME_MAX} characters.`, `Не более ${AGENCY_NAME_MAX} символов.`, `${AGENCY_NAME_MAX} таңбадан аспауы керек.`) },
  character: {
    code: 'NOT_ALLOWED_CHARACTER',
    message: msg('One line, without control or invisible characters.', 'Одна строка, без управляющих и невидимых символов.', 'Бір жол, басқару және көрінбейтін таңбаларсыз.'),
  },
} as const satisfies Record<string, FieldProblem>;

// Line breaks, tabs and other controls; zero-width and direction marks (a name is shown beside every member).
const NOT_ALLOWED = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** Trims each name and folds runs of spaces (a missing name is empty). */
export const normalizeAgencyNames = (n: Partial<Record<AgencyNameField, string | null>>): AgencyNames => {
  const clean = (v: string | null | undefined) => (v ?? '').normalize('NFC').trim().replace(/ {2,}/g, ' ');
  return { nameKk: clean(n.nameKk), nameRu: clean(n.nameRu), nameEn: clean(n.nameEn) };
};

/** What is wrong with each (normalized) name; empty when all three are fine. */
export function agencyNamesProblems(names: AgencyNames): FieldProblems {
  const problems: Record<string, FieldProblem> = {};
  for (const field of AGENCY_NAME_FIELDS) {
    const value = names[field];
    const problem = value === '' ? PROBLEMS.required
      : NOT_ALLOWED.test(value) ? PROBLEMS.character
      : [...value].length < AGENCY_NAME_MIN ? PROBLEMS.tooShort
      : [...value].length > AGENCY_NAME_MAX ? PROBLEMS.tooLong
      : null;
    if (problem) problems[field] = problem;
  }
  return problems;
}
