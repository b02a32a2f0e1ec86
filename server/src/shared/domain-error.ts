import { GraphQLError } from 'graphql';

/** The closed set of error codes clients can rely on (DESIGN.md §5). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL';

/** A message in the three languages of the interface; `message` carries English, `extensions.messages` all three. */
export interface Localized {
  en: string;
  ru: string;
  kk: string;
}

export const msg = (en: string, ru: string, kk: string): Localized => ({ en, ru, kk });

/**
 * What is wrong with one input field, as a stable code a client may branch on. REQUIRED: empty or
 * missing; TOO_SHORT / TOO_LONG: text length; TOO_FEW / TOO_MANY: list length; OUT_OF_RANGE: a
 * number or time outside its bounds; FORMAT: not of the expected form (a number, a link, an e-mail);
 * NOT_ALLOWED_CHARACTER: a control, invisible or direction character; INVALID: any other rule.
 */
export type FieldCode =
  | 'REQUIRED'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_FEW'
  | 'TOO_MANY'
  | 'OUT_OF_RANGE'
  | 'FORMAT'
  | 'NOT_ALLOWED_CHARACTER'
  | 'INVALID';

export interface FieldProblem {
  code: FieldCode;
  message: Localized;
}

/**
 * Field-level problems, answered as `extensions.fields`. The key is the field's path in the input's
 * own terms, from the operation's arguments: a plain argument by its name ("reason", "body"); a
 * field of an input object by its path inside that object, without the argument's name, dots
 * between levels and list positions as numbers ("applicationNumber", "applicant.name",
 * "episodes.0.url"). Every operation has at most one input object, so the path is unambiguous.
 */
export type FieldProblems = Readonly<Record<string, FieldProblem>>;

/** The one error type of the domain: a stable code, a message a person can act on, optional details and field problems. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string | Localized,
    details?: Record<string, unknown>,
    readonly fields?: FieldProblems,
  ) {
    const messages = typeof message === 'string' ? undefined : message;
    super(messages?.en ?? (message as string), {
      extensions: { code, ...(messages ? { messages } : {}), ...(details ? { details } : {}), ...(fields ? { fields } : {}) },
    });
    this.name = 'DomainError';
  }
}

const WHAT: Record<string, Localized> = {
  case: msg('The case', 'Дело', 'Іс'),
  agency: msg('The agency', 'Ведомство', 'Ведомство'),
  member: msg('The member', 'Участник', 'Қатысушы'),
  file: msg('The file', 'Файл', 'Файл'),
  comment: msg('The comment', 'Комментарий', 'Пікір'),
  notification: msg('The notification', 'Уведомление', 'Хабарлама'),
  round: msg('The voting round', 'Раунд голосования', 'Дауыс беру раунды'),
  decision: msg('The decision', 'Решение', 'Шешім'),
  prescription: msg('The prescription', 'Предписание', 'Нұсқама'),
  platform: msg('The platform', 'Платформа', 'Платформа'),
  job: msg('The failed job', 'Задание с ошибкой', 'Қатесі бар тапсырма'),
};

export const notFound = (what: keyof typeof WHAT) =>
  new DomainError('NOT_FOUND', msg(`${WHAT[what].en} was not found.`, `${WHAT[what].ru} не найдено.`, `${WHAT[what].kk} табылмады.`));

export const forbidden = (message: Localized = msg(
  'Your role does not allow this action.',
  'Ваша роль не позволяет это действие.',
  'Сіздің рөліңіз бұл әрекетке рұқсат бермейді.',
)) => new DomainError('FORBIDDEN', message);

export const signInRequired = () =>
  new DomainError('UNAUTHENTICATED', msg('Please sign in to continue.', 'Войдите в систему, чтобы продолжить.', 'Жалғастыру үшін жүйеге кіріңіз.'));

export const badInput = (message: string | Localized, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);

/** Bad input in one field: the field's own message is the error's message too. */
export const badField = (field: string, code: FieldCode, message: Localized, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details, { [field]: { code, message } });

/**
 * Bad input in several fields at once (class-validator's edge checks): the English message names
 * each field's path for API readers; the Russian and Kazakh ones list the problems only, without
 * English identifiers; each field carries its own message.
 */
export const badFields = (fields: FieldProblems, details?: Record<string, unknown>) => {
  const all = Object.entries(fields);
  const list = (lang: keyof Localized) => all.map(([, p]) => p.message[lang]).join(' ');
  const en = all.map(([path, p]) => `${path}: ${p.message.en}`).join(' ');
  return new DomainError('BAD_USER_INPUT', msg(
    `The input is not valid${en ? `: ${en}` : '.'}`,
    `Данные не прошли проверку${all.length ? `: ${list('ru')}` : '.'}`,
    `Деректер тексеруден өтпеді${all.length ? `: ${list('kk')}` : '.'}`,
  ), details, all.length ? fields : undefined);
};
