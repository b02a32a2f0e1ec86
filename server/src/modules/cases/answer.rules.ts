import { DomainError, msg } from '../../shared/domain-error.js';
import { sentAtError, type SentAtMessages } from './extension.rules.js';
import { hasDecision, type CaseStatus } from './lifecycle.js';

/** How a case ended, as the answer to the applicant tells it (Order 562-НҚ: an answer whatever the ending). */
export const CASE_ENDINGS = ['CONFIRMED', 'NOT_CONFIRMED', 'RETURNED', 'OUT_OF_SCOPE'] as const;
export type CaseEnding = (typeof CASE_ENDINGS)[number];

/** What the answer rules need of a case. */
export interface EndingFacts {
  status: CaseStatus;
  outcome?: string | null;
  decidedAt?: Date | null;
  endedAt?: Date | null;
  dueAt: Date;
}


/** The case's ending, or null while it has none (still in screening, review or voting). */
export function endingOf(c: EndingFacts): CaseEnding | null {
  if (c.status === 'RETURNED' || c.status === 'OUT_OF_SCOPE') return c.status;
  if (hasDecision(c.status) && (c.outcome === 'CONFIRMED' || c.outcome === 'NOT_CONFIRMED')) return c.outcome;
  return null;
}

/** When the case reached its ending: the decision's time, or when it left early. */
export function endedAtOf(c: EndingFacts): Date | null {
  const ending = endingOf(c);
  if (!ending) return null;
  return (ending === 'RETURNED' || ending === 'OUT_OF_SCOPE' ? c.endedAt : c.decidedAt) ?? null;
}

/**
 * When the answer is due. DESIGN.md names no separate term for the answer nor for returning an
 * application: the answer closes the review, so it is due by the end of the case's review term —
 * its (possibly extended) due time, which no longer moves once the case has an ending.
 */
export const answerDueAtOf = (c: EndingFacts): Date | null => (endingOf(c) ? c.dueAt : null);

/** An answer is sent once a case has an ending; asked earlier, this error (a stable CONFLICT with reason NO_ENDING). */
export const noEndingError = (status: CaseStatus): DomainError => new DomainError('CONFLICT', msg(
  `The case (status ${status}) has no ending yet: there is no answer to the applicant.`,
  `У дела (статус ${status}) еще нет итога: ответа заявителю пока нет.`,
  `Істің (${status} мәртебесі) әлі нәтижесі жоқ: өтініш берушіге жауап әзірге жоқ.`,
), { reason: 'NO_ENDING', status });

const ANSWER_SENT_AT: SentAtMessages = {
  missing: msg('Give when the answer was sent.', 'Укажите, когда направлен ответ.', 'Жауап қашан жіберілгенін көрсетіңіз.'),
  future: msg('The answer cannot have been sent in the future.', 'Ответ не может быть направлен в будущем.', 'Жауап болашақта жіберілуі мүмкін емес.'),
  tooEarly: msg('The answer cannot have been sent before the case ended.', 'Ответ не может быть направлен раньше, чем дело получило итог.', 'Жауап іс нәтижесін алғанға дейін жіберілуі мүмкін емес.'),
};

/** When the answer was sent must lie between the ending and now. */
export const answerSentAtError = (sentAt: Date, endedAt: Date, now: Date): DomainError | null =>
  sentAtError(sentAt, endedAt, now, ANSWER_SENT_AT, { endedAt: endedAt.toISOString() });
