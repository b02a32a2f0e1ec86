import type { EntityManager } from '@mikro-orm/postgresql';
import { badField, DomainError, msg } from '../../shared/domain-error.js';
import { emit, write } from '../../shared/write.js';
import type { Viewer } from '../../shared/viewer.js';
import { WorkingCalendar } from '../../shared/working-days/calendar.js';
import { CalendarDayKindEnum, CalendarDayRow } from './calendar-day.entity.js';

/** Loads the working-day calendar (a few dozen rows a year) for the rules that count days. */
export async function loadCalendar(em: EntityManager): Promise<WorkingCalendar> {
  const rows = await em.find(CalendarDayRow, {}, { orderBy: { date: 'asc' } });
  return new WorkingCalendar(rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name })));
}

export class CalendarService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** The exceptional days of one year. */
  year(year: number): Promise<CalendarDayRow[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw badField('year', 'OUT_OF_RANGE', msg('The year must be between 2000 and 2100.', 'Год должен быть от 2000 до 2100.', 'Жыл 2000 мен 2100 аралығында болуы керек.'));
    }
    return this.em.find(CalendarDayRow, { date: { $like: `${year}-%` } }, { orderBy: { date: 'asc' } });
  }

  /** Adds or changes one day (a new decree, a moving holiday). Deadlines already set are kept. */
  async set(date: string, kind: CalendarDayKindEnum, name: string): Promise<CalendarDayRow> {
    const clean = name.trim();
    if (!clean || clean.length > 200) throw badField('name', clean ? 'TOO_LONG' : 'REQUIRED', msg('Give the day a name of up to 200 characters, e.g. "Наурыз мейрамы".', 'Укажите название дня (до 200 символов), например «Наурыз мейрамы».', 'Күннің атауын көрсетіңіз (200 таңбаға дейін), мысалы «Наурыз мейрамы».'));
    return write(this.em, async (em) => {
      const row = (await em.findOne(CalendarDayRow, { date })) ?? em.create(CalendarDayRow, { date, kind, name: clean });
      row.kind = kind;
      row.name = clean;
      emit(em, { caseId: null, kind: 'calendar.day_set', actorId: this.viewer.id, payload: { date, kind, name: clean } });
      return row;
    });
  }

  /** Removes one exceptional day; false when there was none. */
  async remove(date: string): Promise<boolean> {
    return write(this.em, async (em) => {
      const row = await em.findOne(CalendarDayRow, { date });
      if (!row) throw new DomainError('NOT_FOUND', msg(`There is no exceptional day on ${date}.`, `На ${date} нет особого дня.`, `${date} күні ерекше күн жоқ.`));
      em.remove(row);
      emit(em, { caseId: null, kind: 'calendar.day_removed', actorId: this.viewer.id, payload: { date } });
      return true;
    });
  }
}
