import { Migration } from '@mikro-orm/migrations';

/**
 * The log without a global lock (README "Write path"). An appending transaction registers, before it
 * numbers its rows, the last number handed out so far as its floor — a shared advisory lock whose key
 * is FLOOR_BASE + floor, held until it ends — so its rows can only get numbers above its floor.
 * A reader first asks for the watermark: the last number handed out, lowered to the smallest floor
 * still registered. Every row at or below it is committed or will never exist, so a reader that
 * reads up to the watermark (in a later statement, with a later snapshot) and resumes after the last
 * seq it saw misses nothing and sees nothing twice — while appends of unrelated cases run side by side.
 */
const FLOOR_BASE = '4611686018427387904'; // 2⁶²: floor keys never meet the small keys of other advisory locks

export class Migration20261207000000_event_watermark extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function case_event_append(events jsonb) returns setof bigint language plpgsql volatile as $$
      declare
        registered bigint;
      begin
        select case when is_called then last_value else last_value - 1 end into registered from case_event_seq_seq;
        perform pg_advisory_xact_lock_shared(${FLOOR_BASE} + registered);
        return query
          with added as (
            insert into case_event (case_id, kind, actor_id, payload)
            select (e->>'caseId')::uuid, e->>'kind', (e->>'actorId')::uuid, coalesce(e->'payload', '{}'::jsonb)
              from jsonb_array_elements(events) with ordinality as x (e, n)
             order by n
            returning case_event.seq, case_event.case_id
          )
          select a.seq from added a, lateral (select pg_notify('case_events', coalesce(a.case_id::text, 'log'))) as woken
           order by a.seq;
      end $$;`);
    this.addSql(`
      create function case_event_watermark(out upto bigint, out last bigint) language plpgsql volatile as $$
      begin
        -- The last number first, the floors second: a transaction not yet registered when the floors
        -- are read registers a floor of at least this last number, so its rows fall above it.
        select case when is_called then last_value else last_value - 1 end into last from case_event_seq_seq;
        select least(last, min(((l.classid::bigint << 32) | l.objid::bigint) - ${FLOOR_BASE}))
          into upto
          from pg_locks l
         where l.locktype = 'advisory' and l.objsubid = 1 and l.classid::bigint >= 1073741824
           and l.database = (select oid from pg_database where datname = current_database());
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists case_event_watermark();');
    this.addSql('drop function if exists case_event_append(jsonb);');
  }
}
