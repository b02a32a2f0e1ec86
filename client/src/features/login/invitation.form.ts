/** As the server counts it (server/src/modules/members/invitation.token.ts): characters, not bytes. */
export const PASSWORD_MIN = 12;

export type PasswordProblem = 'missing' | 'short' | 'mismatch' | null;

/** What is wrong with the password typed twice, before asking the server (which checks again). */
export function passwordProblem(password: string, repeat: string): PasswordProblem {
  if (!password || !repeat) return 'missing';
  if ([...password].length < PASSWORD_MIN || !password.trim()) return 'short';
  return password === repeat ? null : 'mismatch';
}
