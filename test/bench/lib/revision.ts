import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The commit measured, with "+changes" when server/ differs from it: figures are only comparable
 * between runs of known code. "unknown" outside a git checkout.
 */
export function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'server') ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}
