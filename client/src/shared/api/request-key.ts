import { useRef } from 'react';

/**
 * A fresh idempotency key (a UUID v4). crypto.randomUUID exists only in secure contexts (https,
 * localhost); a panel served over plain http inside a ministry network still gets a random key.
 */
export function newRequestKey(random: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const b = random.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The key of one user action: sending the same variables again (a retry after a network error)
 * reuses it, so the server does the work once; changed variables, or a new action after a success
 * (`settle`), get a new key.
 */
export class RequestKeys {
  private last: { variables: string; key: string } | null = null;

  constructor(private readonly make: () => string = newRequestKey) {}

  for(variables: unknown): string {
    const json = JSON.stringify(variables);
    if (this.last?.variables !== json) this.last = { variables: json, key: this.make() };
    return this.last.key;
  }

  /** The action succeeded: the next one is new, even with the same variables. */
  settle(): void {
    this.last = null;
  }
}

/** RequestKeys kept for the life of a form. */
export function useRequestKeys(): RequestKeys {
  const keys = useRef<RequestKeys | null>(null);
  keys.current ??= new RequestKeys();
  return keys.current;
}
