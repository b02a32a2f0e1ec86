/**
 * Where two answers differ, as paths (at most `limit`). The timeline may differ in length only: the
 * second answer also holds the identity reads the first one logged, so the shorter event list must
 * be a prefix of the longer one (events carry their typed `details`, without the request ids of the reads).
 */
export function differences(a: unknown, b: unknown, limit = 5): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (out.length >= limit) return;
    if (path.endsWith('.events') && Array.isArray(x) && Array.isArray(y)) {
      const n = Math.min(x.length, y.length);
      return walk(x.slice(0, n), y.slice(0, n), `${path}[0..${n}]`);
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return void out.push(`${path}: ${x.length} vs ${y.length} items`);
      return x.forEach((v, i) => walk(v, y[i], `${path}[${i}]`));
    }
    if (x && y && typeof x === 'object' && typeof y === 'object') {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    if (x !== y) out.push(`${path}: ${JSON.stringify(x)?.slice(0, 80)} vs ${JSON.stringify(y)?.slice(0, 80)}`);
  };
  walk(a, b, '');
  return out;
}
