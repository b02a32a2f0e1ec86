import { registerEnumType } from 'type-graphql';
import { EVENT_KINDS, type EventKind } from './event-kinds.js';

/**
 * The registry's kinds as the GraphQL enum `CaseEventKind`. A GraphQL enum value cannot hold a dot,
 * so each kind goes over the wire by its upper-case name (`comment.added` ↔ `COMMENT_ADDED`);
 * the log, the SQL readers, the migrations and `emit` keep the dotted names, which are the enum's
 * internal values: a resolver returns `comment.added` and the client reads `COMMENT_ADDED`.
 */
export type WireName<K extends string> = K extends `${infer Scope}.${infer Name}` ? Uppercase<`${Scope}_${Name}`> : Uppercase<K>;

/** A kind's name on the wire, e.g. `comment.added` → `COMMENT_ADDED`. */
export const wireName = <K extends EventKind>(kind: K): WireName<K> => kind.replace('.', '_').toUpperCase() as WireName<K>;

/** The enum's table: every wire name to its kind, one for each kind of the registry. */
export const CaseEventKind = Object.fromEntries((Object.keys(EVENT_KINDS) as EventKind[]).map((k) => [wireName(k), k])) as {
  readonly [K in EventKind as WireName<K>]: K;
};

/** A kind by its wire name (tests and tools that read what the API answered); undefined for a name of no kind. */
export const kindOfWireName = (name: string): EventKind | undefined =>
  Object.hasOwn(CaseEventKind, name) ? (CaseEventKind as Record<string, EventKind>)[name] : undefined;

registerEnumType(CaseEventKind, {
  name: 'CaseEventKind',
  description: 'What happened: one value per kind of the event log (the log itself names them with a dot, e.g. COMMENT_ADDED is comment.added).',
});
