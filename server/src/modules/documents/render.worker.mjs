// The worker thread's entry, plain JavaScript so that it loads unchanged from src/ (tsx, vitest) and
// from dist/ (node). It imports the renderers by the URL the pool passes: render-job.js when
// compiled; render-job.ts in development and tests, through tsx's API, because on Node 20 neither
// tsx's `--import` hooks nor vitest's transform reach a worker thread (tsx is then installed: dev only).
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { move } from 'piscina';

const { rendererUrl, nice } = workerData;

// Rendering is CPU-bound and the cores are few: this thread yields the CPU to the event loop (and to
// PostgreSQL) whenever they want it. On Linux the nice value is per thread, so this lowers this
// thread only (and what it starts); first, so that loading the renderers already runs at that level.
try {
  setPriority(0, nice);
} catch {
  // Not permitted or not supported here: render at normal priority.
}

const { renderJob } = rendererUrl.endsWith('.ts')
  ? await (await import('tsx/esm/api')).tsImport(rendererUrl, import.meta.url)
  : await import(rendererUrl);

/** Renders one job and hands its bytes back without copying them (the ArrayBuffer is transferred). */
export default async function render(job) {
  const pdf = await renderJob(job);
  // A Buffer may be a slice of a shared pool: transfer only a buffer that is wholly its own.
  const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : new Uint8Array(pdf);
  return move(new Uint8Array(own.buffer, own.byteOffset, own.byteLength));
}
