/**
 * Runs a command-line program's `main` and makes the exit status tell the truth: its number when it
 * returns one, 1 when it throws, and 1 when the process runs out of work before `main` settled (an
 * awaited promise nothing will resolve would otherwise end the process with 0, silently).
 */
export function runMain(main: () => Promise<number | void>): void {
  let settled = false;
  process.once('exit', (code) => {
    if (settled || code !== 0) return;
    process.stderr.write('the program ended before it finished (nothing left to wait for): failing\n');
    process.exitCode = 1;
  });
  main().then(
    (code) => {
      settled = true;
      process.exit(code ?? 0);
    },
    (e: unknown) => {
      settled = true;
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
