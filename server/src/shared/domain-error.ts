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

/** The one error type of the domain: a stable code, a message a person can act on, optional details. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string | Localized,
    details?: Record<string, unknown>,
  ) {
    const messages = typeof message === 'string' ? undefined : message;
    super(messages?.en ?? (message as string), {
      extensions: { code, ...(messages ? { messages } : {}), ...(details ? { details } : {}) },
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
