import { Fragment } from 'react';

/**
 * An e-mail address that wraps only where a reader expects it: before the "@" and after the dots
 * of the domain (never inside a word). A single part wider than its box still breaks, as a last
 * resort (`.email-text`).
 */
export function EmailText({ email, className }: { email: string; className?: string }) {
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  const domain = at < 0 ? [] : email.slice(at + 1).split('.');
  return (
    <span className={`email-text${className ? ` ${className}` : ''}`}>
      {local}
      {at >= 0 && <><wbr />@</>}
      {domain.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <>.<wbr /></>}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
