/**
 * Milliseconds on one high-resolution clock, comparable with the `sentAt` stamps written by this
 * same process (the sender and every receiver live here, so no clock skew enters the latencies).
 */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Progress for the person watching, on stderr so stdout stays the report. */
export function progress(benchmark: string, message: string): void {
  process.stderr.write(`[${benchmark} ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}

/** `promise`, or a rejection with `message` after `ms`; the timer never outlives the race. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
