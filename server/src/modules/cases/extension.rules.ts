import { DomainError, badInput, msg } from '../../shared/domain-error.js';

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

/** When the notice was sent must lie between the extension and now. */
export function noticeSentAtError(sentAt: Date, extendedAt: Date, now: Date): DomainError | null {
  if (Number.isNaN(sentAt.getTime())) return badInput(msg('Give when the notice was sent.', 'Укажите, когда направлено уведомление.', 'Хабарлама қашан жіберілгенін көрсетіңіз.'));
  if (sentAt.getTime() > now.getTime()) {
    return badInput(msg('The notice cannot have been sent in the future.', 'Уведомление не может быть направлено в будущем.', 'Хабарлама болашақта жіберілуі мүмкін емес.'));
  }
  if (sentAt.getTime() < extendedAt.getTime()) {
    return badInput(msg('The notice cannot have been sent before the extension.', 'Уведомление не может быть направлено до продления срока.', 'Хабарлама мерзім ұзартылғанға дейін жіберілуі мүмкін емес.'));
  }
  return null;
}
