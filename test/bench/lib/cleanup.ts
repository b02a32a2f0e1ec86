/**
 * Undo steps registered as resources are acquired, run newest first: a benchmark that fails half-way
 * still stops the processes and removes the folders it made (and nothing it did not make).
 */
export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<unknown> | unknown }[] = [];
  private running: Promise<string[]> | null = null;

  /** Registers an undo step; it runs once, at `run()`, after every step registered later. */
  defer(label: string, run: () => Promise<unknown> | unknown): void {
    this.steps.push({ label, run });
  }

  /** Runs every step, each at most once; a failing step does not stop the others. Returns the failures. */
  run(): Promise<string[]> {
    this.running ??= (async () => {
      const failures: string[] = [];
      for (let step = this.steps.pop(); step; step = this.steps.pop()) {
        try {
          await step.run();
        } catch (e) {
          failures.push(`${step.label}: ${(e as Error).message}`);
        }
      }
      return failures;
    })();
    return this.running;
  }
}
