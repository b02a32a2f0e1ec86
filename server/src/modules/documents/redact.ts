import { identityRedactor } from '../../shared/privacy/redact.js';

/**
 * Masks the names in `secrets` (e.g. the child's full name, first name, surname) in `text`, in
 * their inflected Russian and Kazakh forms, and any phone or e-mail address; see
 * `shared/privacy/redact.ts`. Kept for the document renderers, which pass plain string lists.
 */
export const redact = (text: string, secrets: readonly string[] = []): string =>
  identityRedactor({ names: secrets, phones: [], emails: [], schools: [] })(text);
