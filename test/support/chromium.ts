// Which Chromium the browser tests drive, decided once per run by the global setup and handed to
// every file through `provide`/`inject`: CHROMIUM_PATH if set; else a system Chromium that actually
// starts; else the one in @sparticuz/chromium (npm, unpacked to /tmp on first use), so a machine with
// only Node and the npm registry runs the browser tests too (STACK.md pitfall 9).
import { access, constants, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

export type ChromiumChoice =
  | { ok: true; source: 'CHROMIUM_PATH' | 'system' | 'npm'; executablePath: string; args: string[]; version: string }
  | { ok: false; error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: ChromiumChoice;
  }
}

// As root and without network beyond loopback.
const QUIET = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SYSTEM_ARGS = ['--headless', '--disable-gpu', ...QUIET];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
// @sparticuz/chromium's flags are for one page in a Lambda: these would share one renderer across
// the tests' contexts or switch off the same-origin and CSP checks the tests rely on. Playwright
// passes --headless itself.
const LAMBDA_ONLY = ['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials', '--disable-features=', '--headless'];

/** CHROMIUM_PATH as is; else the first system Chromium that starts; else the one from npm. */
export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  if (env.CHROMIUM_PATH) return { ok: true, source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH, args: SYSTEM_ARGS, version: '' };
  const refusals: string[] = [];
  for (const executablePath of await executables(systemCandidates(env))) {
    const started = await tryLaunch(executablePath, SYSTEM_ARGS);
    if (typeof started !== 'string') return { ok: true, source: 'system', executablePath, args: SYSTEM_ARGS, version: started.version };
    refusals.push(`${executablePath}: ${started}`);
  }
  const npm = await fromNpm();
  if (!npm.ok) return { ok: false, error: `no Chromium starts here: ${[...refusals, npm.error].join('; ')}` };
  console.info(`browser tests: Chromium ${npm.version} from @sparticuz/chromium (no working system Chromium${refusals.length ? `: ${refusals.join('; ')}` : ''})`);
  return npm;
}

// CHROMIUM_SYSTEM_PATHS (paths separated by ':', empty for none) replaces the search of PATH.
function systemCandidates(env: NodeJS.ProcessEnv): string[] {
  const override = env.CHROMIUM_SYSTEM_PATHS;
  if (override !== undefined) return override.split(path.delimiter).filter(Boolean);
  const dirs = (env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(path.delimiter).filter(Boolean);
  return [...new Set(SYSTEM_NAMES.flatMap((name) => dirs.map((dir) => path.join(dir, name))))];
}

async function executables(paths: string[]): Promise<string[]> {
  const found = await Promise.all(paths.map((p) => access(p, constants.X_OK).then(() => p, () => null)));
  return found.filter((p): p is string => p !== null);
}

async function fromNpm(): Promise<ChromiumChoice> {
  let sparticuz: typeof import('@sparticuz/chromium').default;
  try {
    sparticuz = (await import('@sparticuz/chromium')).default;
  } catch (error) {
    return { ok: false, error: `@sparticuz/chromium: ${firstLine(error)}` };
  }
  const args = [...QUIET, ...sparticuz.args.filter((arg) => !LAMBDA_ONLY.some((flag) => arg.startsWith(flag)) && !QUIET.includes(arg))];
  let error = '';
  // A second try after deleting the unpacked binary: a run killed while unpacking leaves half of it.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const executablePath = await sparticuz.executablePath();
      const started = await tryLaunch(executablePath, args);
      if (typeof started !== 'string') return { ok: true, source: 'npm', executablePath, args, version: started.version };
      error = `${executablePath}: ${started}`;
      await rm(executablePath, { force: true });
    } catch (thrown) {
      error = firstLine(thrown);
    }
  }
  return { ok: false, error: `@sparticuz/chromium: ${error}` };
}

/** The browser's version if it launches headless and renders a page, else why not. */
async function tryLaunch(executablePath: string, args: string[]): Promise<{ version: string } | string> {
  const browser = await chromium.launch({ executablePath, args, timeout: 20_000 }).catch((error: unknown) => firstLine(error));
  if (typeof browser === 'string') return browser;
  try {
    const page = await browser.newPage();
    await page.setContent('<p>ok</p>');
    return { version: browser.version() };
  } catch (error) {
    return firstLine(error);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
