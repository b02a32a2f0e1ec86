import type { CalendarDay } from '../../shared/working-days/calendar.js';

// Seed only: the admin edits these rows when the government or the Ministry of Labour publishes a transfer.
// DAY_OFF rows follow Labour Code art. 85: a non-religious holiday on a weekend moves the day off to the
// next working day; Orthodox Christmas and Kurban Ait never move.

const holidays = (year: number, kurbanAit: string): CalendarDay[] => [
  { date: `${year}-01-01`, kind: 'HOLIDAY', name: 'Новый год' },
  { date: `${year}-01-02`, kind: 'HOLIDAY', name: 'Новый год' },
  { date: `${year}-01-07`, kind: 'HOLIDAY', name: 'Рождество Христово (православное)' },
  { date: `${year}-03-08`, kind: 'HOLIDAY', name: 'Международный женский день' },
  { date: `${year}-03-21`, kind: 'HOLIDAY', name: 'Наурыз мейрамы' },
  { date: `${year}-03-22`, kind: 'HOLIDAY', name: 'Наурыз мейрамы' },
  { date: `${year}-03-23`, kind: 'HOLIDAY', name: 'Наурыз мейрамы' },
  { date: `${year}-05-01`, kind: 'HOLIDAY', name: 'Праздник единства народа Казахстана' },
  { date: `${year}-05-07`, kind: 'HOLIDAY', name: 'День защитника Отечества' },
  { date: `${year}-05-09`, kind: 'HOLIDAY', name: 'День Победы' },
  { date: kurbanAit, kind: 'HOLIDAY', name: 'Курбан айт (первый день)' },
  { date: `${year}-07-06`, kind: 'HOLIDAY', name: 'День столицы' },
  { date: `${year}-08-30`, kind: 'HOLIDAY', name: 'День Конституции Республики Казахстан' },
  { date: `${year}-10-25`, kind: 'HOLIDAY', name: 'День Республики' },
  { date: `${year}-12-16`, kind: 'HOLIDAY', name: 'День Независимости' },
];

const dayOff = (date: string, from: string): CalendarDay => ({
  date,
  kind: 'DAY_OFF',
  name: `Выходной день (перенесён с ${from})`,
});

const transfers2025: CalendarDay[] = [
  // Order of the Minister of Labour (Nov 2024): the day off of Sunday 5 January worked, Friday 3 January rested.
  dayOff('2025-01-03', 'воскресенья 5 января'),
  { date: '2025-01-05', kind: 'WORKING_DAY', name: 'Рабочий день (выходной перенесён на 3 января)' },
  dayOff('2025-03-10', '8 марта'),
  dayOff('2025-03-24', '22 марта'),
  dayOff('2025-03-25', '23 марта'),
  dayOff('2025-07-07', '6 июля'),
  dayOff('2025-09-01', '30 августа'),
  dayOff('2025-10-27', '25 октября'),
];

const transfers2026: CalendarDay[] = [
  dayOff('2026-03-09', '8 марта'),
  dayOff('2026-03-24', '21 марта'),
  dayOff('2026-03-25', '22 марта'),
  dayOff('2026-05-11', '9 мая'),
  dayOff('2026-08-31', '30 августа'),
  dayOff('2026-10-26', '25 октября'),
];

// No 2027 transfer decree is known yet; only the Labour Code moves are listed.
const transfers2027: CalendarDay[] = [
  dayOff('2027-01-04', '2 января'),
  dayOff('2027-03-24', '21 марта'),
  dayOff('2027-05-03', '1 мая'),
  dayOff('2027-05-10', '9 мая'),
];

export const KZ_CALENDAR_2025_2027: CalendarDay[] = [
  ...holidays(2025, '2025-06-06'),
  ...transfers2025,
  ...holidays(2026, '2026-05-27'),
  ...transfers2026,
  ...holidays(2027, '2027-05-16'),
  ...transfers2027,
];
