import DataLoader from 'dataloader';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { LiveFeed } from '../../shared/events/live-feed.js';
import { ReferenceCache } from '../../shared/reference-cache.js';
import type { AccountStatus } from './account.lifecycle.js';
import { Agency } from './agency.entity.js';
import type { AgencyKind, Role } from '../../shared/role.js';

/** A member as every screen shows them (author, voter, actor, @mention): what the `Member` type exposes. */
export interface MemberCard {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Equal to `status === ACTIVE`. */
  active: boolean;
  status: AccountStatus;
  agency: AgencyCard;
}

/** An agency as the `Agency` type resolves it: the entity, or the copy a directory card holds. */
export type AgencyCard = Omit<Agency, 'createdAt'>;

interface Directory {
  /** Everyone, active or not, sorted by name as PostgreSQL sorts it. */
  all: MemberCard[];
  byId: Map<string, MemberCard>;
}

/** A directory read is cheap and rare; this only bounds staleness should a `log` notification be missed. */
const DIRECTORY_TTL_MS = 60_000;

/**
 * The panel's members with their agencies, read in one query and kept per instance: comments,
 * votes, the timeline and @mentions name members by id and take the rest from here instead of
 * joining `member` and `agency` into every list. Account and agency changes are logged under the
 * `log` topic, which drops the copy (see ReferenceCache); the cards are frozen, shared by requests.
 */
export class MemberDirectory {
  private readonly cache: ReferenceCache<Directory>;

  constructor(orm: MikroORM, feed: LiveFeed) {
    this.cache = new ReferenceCache(() => readDirectory(orm), feed, DIRECTORY_TTL_MS);
  }

  /** The members, by name; only the active ones unless asked. */
  async list(includeInactive: boolean): Promise<MemberCard[]> {
    const { all } = await this.cache.get();
    return includeInactive ? all : all.filter((m) => m.active);
  }

  /** Cards for ids, in their order; null for an id that names nobody. */
  many(ids: readonly string[]): Promise<(MemberCard | null)[]> {
    return this.cache.many(ids, (d) => d.byId);
  }

  /** The card of a member the copy holds, without a promise; undefined when the copy is not read yet or lacks them. */
  known(id: string): MemberCard | undefined {
    return this.cache.settled()?.byId.get(id);
  }

  async get(id: string): Promise<MemberCard | null> {
    return (await this.many([id]))[0];
  }

  /** The agencies of the directory's members, by id (an agency without members is not here). */
  async agencies(ids: readonly string[]): Promise<Map<string, AgencyCard>> {
    const { all } = await this.cache.get();
    const wanted = new Set(ids);
    return new Map(all.filter((m) => wanted.has(m.agency.id)).map((m) => [m.agency.id, m.agency]));
  }

  /** Drops the copy at once, on the instance that changed an account or an agency. */
  invalidate(): void {
    this.cache.invalidate();
  }
}

async function readDirectory(orm: MikroORM): Promise<Directory> {
  const rows: { id: string; name: string; email: string; role: Role; active: boolean; status: AccountStatus; agency_id: string; agency_name: string; agency_name_kk: string; agency_name_en: string; agency_kind: AgencyKind }[] =
    await orm.em.getConnection().execute(
      `select m.id, m.name, m.email, m.role, m.active, m.status, a.id as agency_id, a.name as agency_name, a.name_kk as agency_name_kk, a.name_en as agency_name_en, a.kind as agency_kind
         from member m join agency a on a.id = m.agency_id order by m.name asc, m.id asc`);
  const all = rows.map((r) => Object.freeze({
    id: r.id, name: r.name, email: r.email, role: r.role, active: r.active, status: r.status,
    agency: Object.freeze({ id: r.agency_id, name: r.agency_name, nameKk: r.agency_name_kk, nameEn: r.agency_name_en, kind: r.agency_kind }),
  }));
  return { all, byId: new Map(all.map((m) => [m.id, m])) };
}

/** Members by id for display: at once (no promise) when the directory holds them, else batched. */
export interface MemberLoader {
  load(id: string): MemberCard | null | Promise<MemberCard | null>;
}

function memberLoader(members: MemberDirectory): MemberLoader {
  const batched = new DataLoader((ids: readonly string[]) => members.many(ids));
  return { load: (id) => members.known(id) ?? batched.load(id) };
}

/**
 * Members for display, from the instance's directory (no query per request); agencies by id, those
 * of members from the directory too, any other (one without members yet) from the database.
 */
export const memberLoaders = (em: () => EntityManager, members: MemberDirectory) => ({
  member: memberLoader(members),
  agency: new DataLoader<string, AgencyCard | null>(async (ids) => {
    const known = await members.agencies(ids);
    const missing = ids.filter((id) => !known.has(id));
    const read: AgencyCard[] = missing.length > 0 ? await em().find(Agency, { id: { $in: missing } }) : [];
    const byId = new Map<string, AgencyCard>([...known, ...read.map((a) => [a.id, a] as const)]);
    return ids.map((id) => byId.get(id) ?? null);
  }),
});

declare module '../../shared/context.js' {
  interface AppDeps {
    /** Members and agencies for display, per instance. */
    members: MemberDirectory;
  }
  interface Loaders extends ReturnType<typeof memberLoaders> {}
}
