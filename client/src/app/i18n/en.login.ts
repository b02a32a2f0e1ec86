import type { ruLogin } from './ru.login';

// The sign-in page, in English: loaded with that page only (budget B6).
export const enLogin: typeof ruLogin = {
  title: 'Sign in',
  lead: 'For members of the expert group, the secretariat and administrators.',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  required: 'Enter your email and password.',
  sessionEnded: 'Your session has ended. Please sign in again.',
  demoTitle: 'Demo accounts',
  demoPassword: 'Password for all: {{password}}',
  demoUse: 'Fill in {{email}}',
};
