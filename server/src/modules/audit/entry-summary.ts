// A short, language-neutral line for one logged event, built only from fields known to carry no
// personal data (status codes, numbers, choices, hashes). Free text — reasons, file names, comment
// bodies, E-otinish numbers — never reaches it.
import type { EventKind } from '../../shared/events/event-kinds.js';

type Payload = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const code = (v: unknown) => (typeof v === 'string' && /^[A-Z_]{2,40}$/.test(v) ? v : null);
const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : null);
const join = (...parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join(' ') || null;
const move = (p: Payload) => (code(p.from) && code(p.to) ? `${code(p.from)} → ${code(p.to)}` : code(p.to));

const BY_KIND: Partial<Record<EventKind, (p: Payload) => string | null>> = {
  'case.registered': (p) => str(p.number),
  'case.status_changed': move,
  'case.deadline_extended': (p) => (day(p.to) ? `→ ${day(p.to)}` : null),
  'evidence.uploaded': (p) => (str(p.sha256) ? `sha256 ${str(p.sha256)!.slice(0, 12)}…` : null),
  'voting.opened': (p) => (num(p.number) !== null ? `№${num(p.number)}` : null),
  'vote.cast': (p) => code(p.choice) ?? (num(p.voted) !== null && num(p.eligible) !== null ? `${num(p.voted)}/${num(p.eligible)}` : null),
  'voting.closed': (p) => join(code(p.reason), code(p.outcome)),
  'decision.recorded': (p) => join(code(p.outcome), str(p.protocolNumber)),
  'decision.signed': (p) => code(p.as),
  'prescription.issued': (p) => str(p.number),
  'prescription.delivered': (p) => str(p.number),
  'prescription.status_changed': (p) => join(str(p.number), move(p)),
  'case.extension_notice_recorded': (p) => code(p.channel),
  'case.answer_sent': (p) => join(code(p.ending), code(p.channel)),
  'pii.viewed': (p) => str(p.document), // which printed document carried the data, e.g. answer
};

export function summarizeEvent(kind: string, payload: unknown): string | null {
  const summarize = BY_KIND[kind as EventKind];
  if (!summarize || !payload || typeof payload !== 'object') return null;
  return summarize(payload as Payload);
}
