import type { ruInvitation } from './ru.invitation';

// The page that sets a password from an invitation link, in English: loaded with that page only (budget B6).
export const enInvitation: typeof ruInvitation = {
  title: 'Set your password',
  lead: 'Choose a password for your account (at least {{min}} characters). Only you will know it.',
  password: 'Password',
  passwordRepeat: 'Password again',
  passwordHint: 'At least {{min}} characters.',
  missing: 'Enter the password twice.',
  tooShort: 'The password must be at least {{min}} characters long.',
  mismatch: 'The passwords do not match.',
  submit: 'Set password and sign in',
  submitting: 'Saving…',
  noToken: 'The link is incomplete. Open the whole invitation link, or ask for a new one.',
  toLogin: 'To sign-in',
};
