/** Accepted evidence types and how their first bytes look; a file must be what it says it is. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  'image/png': (h) => h.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  'image/jpeg': (h) => h.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/gif': (h) => h.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (h) => h.subarray(0, 5).toString('latin1') === '%PDF-',
  'video/mp4': (h) => h.subarray(4, 8).toString('latin1') === 'ftyp',
  'text/plain': (h) => !h.includes(0),
};

export const ACCEPTED_TYPES = Object.keys(SIGNATURES);

// Own keys only: `in` would also accept "constructor", "toString" … of Object.prototype.
export const isAcceptedType = (mime: string) => Object.hasOwn(SIGNATURES, mime);

/** True when the first bytes match the declared type. */
export const matchesSignature = (mime: string, head: Buffer) => isAcceptedType(mime) && SIGNATURES[mime](head);

/** A file name safe to store and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed from the name
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'evidence';
}
