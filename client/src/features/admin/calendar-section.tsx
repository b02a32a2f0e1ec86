import type { ErrorLike } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_DAY_KINDS, isOneOf, type CalendarDayKind } from '../../shared/api/enums';
import { formatLocalDate, formatWeekday, todayLocalDate } from '../../shared/lib/datetime';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { SelectInput, TextInput } from '../../shared/ui/inputs';
import { Loading, Section } from '../../shared/ui/layout';
import { useCalendar, useRemoveCalendarDay, useSetCalendarDay } from './hooks';
import type { CalendarDay } from './operations';

function AddDayForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const [setDay, { loading }] = useSetCalendarDay();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<CalendarDayKind | ''>('');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ErrorLike | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMissing(!date || !kind || !name.trim());
    if (!date || !kind || !name.trim()) return;
    try {
      await setDay({ variables: { date, kind, name: name.trim() } });
      setDate('');
      setName('');
    } catch (e) {
      setError(e as ErrorLike);
    }
  };

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} data-testid="add-day-form">
      <h3 className="subheading">{t('admin.addDayTitle')}</h3>
      <div className="form-grid form-grid--three">
        <TextInput name="dayDate" type="date" label={t('admin.dayDate')} value={date} onChange={setDate}
          min={`${year}-01-01`} max={`${year}-12-31`} />
        <SelectInput name="dayKind" label={t('admin.dayKind')} value={kind}
          onChange={(v) => setKind(isOneOf(CALENDAR_DAY_KINDS, v) ? v : '')}
          options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`calendarDayKind.${k}`) }))} />
        <TextInput name="dayName" label={t('admin.dayName')} value={name} onChange={setName} autoComplete="off" />
      </div>
      {missing && <Alert tone="error">{t('admin.required')}</Alert>}
      <ErrorAlert error={error} testId="calendar-error" />
      <div>
        <button type="submit" className="button button--primary" data-testid="add-day-submit" disabled={loading}>
          {t('admin.addDay')}
        </button>
      </div>
    </form>
  );
}

function DayRow({ day }: { day: CalendarDay }) {
  const { t, i18n } = useTranslation();
  const [removeDay, { loading, error }] = useRemoveCalendarDay();
  const label = formatLocalDate(day.date, i18n.language);
  return (
    <tr data-testid="calendar-day" data-date={day.date}>
      <td className="nowrap">
        {label} <span className="muted small">{formatWeekday(day.date, i18n.language)}</span>
      </td>
      <td>{t(`calendarDayKind.${day.kind}`)}</td>
      <td>
        {day.name}
        <ErrorAlert error={error} />
      </td>
      <td>
        <button type="button" className="button button--small button--ghost" disabled={loading}
          aria-label={t('admin.removeDayLabel', { date: label })}
          onClick={() => void removeDay({ variables: { date: day.date } }).catch(() => undefined)}>
          {t('admin.removeDay')}
        </button>
      </td>
    </tr>
  );
}

export function CalendarSection() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(todayLocalDate().slice(0, 4)));
  const [yearText, setYearText] = useState(String(year));
  const { data, loading, error, refetch } = useCalendar(year);
  const days = [...(data?.calendar ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  const changeYear = (value: string) => {
    setYearText(value);
    const parsed = Number(value);
    if (Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100) setYear(parsed);
  };

  return (
    <Section title={t('admin.calendarTitle')} testId="calendar">
      <p className="muted">{t('admin.calendarLead')}</p>
      <div className="year-picker">
        <button type="button" className="button button--small" aria-label={t('admin.prevYear')} onClick={() => changeYear(String(year - 1))}>
          ‹
        </button>
        <TextInput name="year" type="number" label={t('admin.year')} value={yearText} onChange={changeYear} min="2000" max="2100" />
        <button type="button" className="button button--small" aria-label={t('admin.nextYear')} onClick={() => changeYear(String(year + 1))}>
          ›
        </button>
      </div>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table className="table table--compact" data-testid="calendar-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.colDate')}</th>
                <th scope="col">{t('admin.colKind')}</th>
                <th scope="col">{t('admin.colDayName')}</th>
                <th scope="col"><span className="visually-hidden">{t('admin.removeDay')}</span></th>
              </tr>
            </thead>
            <tbody>
              {days.length === 0 && (
                <tr>
                  <td colSpan={4} className="table__empty">{t('admin.noDays')}</td>
                </tr>
              )}
              {days.map((day) => (
                <DayRow key={day.date} day={day} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddDayForm key={year} year={year} />
    </Section>
  );
}
