import { badField, DomainError, msg } from '../../shared/domain-error.js';
import { kzTime } from '../../shared/working-days/calendar.js';

/** A clock a minute fast on the secretary's machine is not a delivery "in the future". */
export const FUTURE_TOLERANCE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far back a delivery may be recorded unless DELIVERY_BACKDATE_DAYS says otherwise. */
export const DEFAULT_DELIVERY_BACKDATE_DAYS = 3;

/** The decision's signatures as the delivery rule needs them. */
export interface Signatures {
  chairSignedAt?: Date | null;
  secretarySignedAt?: Date | null;
}

/** When the protocol became final (signed by the chair or deputy and by the secretary), or null while it is not. */
export const finalSignedAt = (s: Signatures): Date | null =>
  s.chairSignedAt && s.secretarySignedAt ? new Date(Math.max(s.chairSignedAt.getTime(), s.secretarySignedAt.getTime())) : null;

/**
 * Why a delivery time is refused on its own, before any row is read: in the future, or further
 * back than `maxBackdateDays` (a backdated delivery would skip the removal window). Null when fine.
 */
export function deliveryTimeRefusal(at: Date, now: Date, maxBackdateDays: number): DomainError | null {
  if (Number.isNaN(at.getTime())) return badField('deliveredAt', 'FORMAT', msg('The delivery time is not a valid time.', 'Время вручения указано неверно.', 'Табыс ету уақыты қате көрсетілген.'));
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return badField('deliveredAt', 'OUT_OF_RANGE', msg('The delivery time cannot be in the future.', 'Время вручения не может быть в будущем.', 'Табыс ету уақыты болашақта бола алмайды.'));
  }
  if (at.getTime() < now.getTime() - maxBackdateDays * DAY_MS) {
    const n = maxBackdateDays;
    return badField('deliveredAt', 'OUT_OF_RANGE', msg(
      `The delivery time may be at most ${n} ${n === 1 ? 'day' : 'days'} in the past.`,
      `Время вручения может быть не ранее чем ${n} дн. назад.`,
      `Табыс ету уақыты ${n} күннен артық бұрын бола алмайды.`,
    ), { maxBackdateDays: n });
  }
  return null;
}

/**
 * Why a prescription cannot be delivered under its decision: the protocol is not yet signed by both
 * the chair (or deputy) and the secretary, or the delivery time precedes the final signature.
 */
export function signingRefusal(decision: Signatures, at: Date): DomainError | null {
  const signedAt = finalSignedAt(decision);
  if (!signedAt) {
    return new DomainError('INVALID_TRANSITION', msg(
      'The prescription can be sent only after the decision is signed by the chair (or deputy) and by the secretary.',
      'Предписание можно направить только после подписания решения председателем (или заместителем) и секретарём.',
      'Нұсқаманы шешімге төраға (немесе орынбасары) және хатшы қол қойғаннан кейін ғана жіберуге болады.',
    ), { chairSigned: !!decision.chairSignedAt, secretarySigned: !!decision.secretarySignedAt });
  }
  if (at.getTime() < signedAt.getTime()) {
    const when = kzTime(signedAt);
    return badField('deliveredAt', 'OUT_OF_RANGE', msg(
      `The delivery time cannot precede the signing of the decision (${when}).`,
      `Время вручения не может быть раньше подписания решения (${when}).`,
      `Табыс ету уақыты шешімге қол қойылған уақыттан (${when}) ерте бола алмайды.`,
    ), { signedAt: signedAt.toISOString() });
  }
  return null;
}
