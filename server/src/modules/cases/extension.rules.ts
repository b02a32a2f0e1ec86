import { DomainError, badField, msg, type Localized } from '../../shared/domain-error.js';

/** How the applicant was told of an extension. */
export const NOTICE_CHANNELS = ['EMAIL', 'POST', 'E_OTINISH', 'IN_PERSON'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * An extension is a decision taken while the clock runs (DESIGN.md §1): once the deadline has
 * passed, it was breached, and extending it afterwards would hide the breach.
 */
export function lateExtensionError(now: Date, dueAt: Date): DomainError | null {
  if (now.getTime() < dueAt.getTime()) return null;
  return new DomainError('INVALID_TRANSITION', msg(
    'The deadline has already passed: it can no longer be extended.',
    'Срок уже истек: продлить его больше нельзя.',
    'Мерзім өтіп кетті: оны енді ұзартуға болмайды.',
  ), { dueAt: dueAt.toISOString() });
}

/** What to say when a letter's sending time is missing, in the future, or before what it answers. */
export interface SentAtMessages {
  missing: Localized;
  future: Localized;
  tooEarly: Localized;
}

/** When a letter to the applicant was sent must lie between `earliest` (what it tells of) and now. */
export function sentAtError(sentAt: Date, earliest: Date, now: Date, m: SentAtMessages, details?: Record<string, unknown>): DomainError | null {
  if (Number.isNaN(sentAt.getTime())) return badField('sentAt', 'REQUIRED', m.missing);
  if (sentAt.getTime() > now.getTime()) return badField('sentAt', 'OUT_OF_RANGE', m.future);
  if (sentAt.getTime() < earliest.getTime()) return badField('sentAt', 'OUT_OF_RANGE', m.tooEarly, details);
  return null;
}

const NOTICE_SENT_AT: SentAtMessages = {
  missing: msg('Give when the notice was sent.', 'Укажите, когда направлено уведомление.', 'Хабарлама қашан жіберілгенін көрсетіңіз.'),
  future: msg('The notice cannot have been sent in the future.', 'Уведомление не может быть направлено в будущем.', 'Хабарлама болашақта жіберілуі мүмкін емес.'),
  tooEarly: msg('The notice cannot have been sent before the extension.', 'Уведомление не может быть направлено до продления срока.', 'Хабарлама мерзім ұзартылғанға дейін жіберілуі мүмкін емес.'),
};

/** When the notice was sent must lie between the extension and now. */
export const noticeSentAtError = (sentAt: Date, extendedAt: Date, now: Date): DomainError | null => sentAtError(sentAt, extendedAt, now, NOTICE_SENT_AT);
