import type { Env } from '../../config/env.js';
import { rateLimited, RateLimiter, retryAfterSeconds } from '../../shared/rate-limit.js';
import { msg, type DomainError } from '../../shared/domain-error.js';

const tooManyUploads = (s: number) => msg(
  `Too many file uploads in a short time. Please wait ${s} s and try again.`,
  `Слишком много загрузок файлов за короткое время. Подождите ${s} с и повторите.`,
  `Қысқа уақытта файл жүктеу тым көп. ${s} с күтіп, қайталаңыз.`,
);

const tooManyBytes = (s: number) => msg(
  `You have uploaded too much data in a short time. Please wait ${s} s and try again.`,
  `Вы загрузили слишком много данных за короткое время. Подождите ${s} с и повторите.`,
  `Сіз қысқа уақытта тым көп дерек жүктедіңіз. ${s} с күтіп, қайталаңыз.`,
);

/**
 * Each member's evidence upload budget, in this instance's memory: a count of uploads, spent before
 * the body is read (an aborted upload counts too), and file bytes, spent as they arrive.
 */
export class UploadBudget {
  private readonly uploads: RateLimiter;
  private readonly bytes: RateLimiter;

  constructor(limits: Env['limits'], private readonly now: () => number = Date.now) {
    this.uploads = new RateLimiter(limits.uploadsPerMember);
    this.bytes = new RateLimiter(limits.uploadBytesPerMember);
  }

  /** Spends one upload, or refuses (spending nothing) when the count or the bytes are used up. */
  admit(memberId: string): DomainError | null {
    const now = this.now();
    const count = this.uploads.peek(memberId, now);
    if (!count.allowed) return refusal(tooManyUploads, count.retryAfterMs);
    // No byte left at all: refuse before the body, not after its first chunk.
    const bytes = this.bytes.peek(memberId, now, 1);
    if (!bytes.allowed) return refusal(tooManyBytes, bytes.retryAfterMs);
    this.uploads.commit(memberId, count, now);
    return null;
  }

  /** Spends `size` bytes of file content, or refuses (spending nothing) when they are not left. */
  spend(memberId: string, size: number): DomainError | null {
    const now = this.now();
    const taken = this.bytes.peek(memberId, now, size);
    if (!taken.allowed) return refusal(tooManyBytes, taken.retryAfterMs);
    this.bytes.commit(memberId, taken, now);
    return null;
  }
}

function refusal(message: (seconds: number) => ReturnType<typeof msg>, waitMs: number): DomainError {
  const seconds = retryAfterSeconds(waitMs);
  return rateLimited(message(seconds), seconds);
}
