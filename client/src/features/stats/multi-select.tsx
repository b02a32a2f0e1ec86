import { useTranslation } from 'react-i18next';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface MultiSelectProps<T extends string> {
  name: string;
  label: string;
  options: readonly Option<T>[];
  value: readonly T[];
  onChange(next: T[]): void;
}

/** A compact multi-select: a disclosure with checkboxes; nothing chosen means "all". */
export function MultiSelect<T extends string>({ name, label, options, value, onChange }: MultiSelectProps<T>) {
  const { t } = useTranslation();
  const toggle = (v: T) =>
    onChange(value.includes(v) ? value.filter((x) => x !== v) : options.map((o) => o.value).filter((x) => x === v || value.includes(x)));
  return (
    <div className="multi" data-testid={`filter-${name}`}>
      <span className="field__label">{label}</span>
      <details className="multi__box">
        <summary className="multi__summary">
          {value.length === 0 ? t('stats.anyValue') : t('stats.chosen', { count: value.length })}
        </summary>
        <fieldset className="multi__list">
          <legend className="visually-hidden">{label}</legend>
          {options.map((o) => (
            <label key={o.value} className="check">
              <input type="checkbox" name={name} value={o.value} checked={value.includes(o.value)} onChange={() => toggle(o.value)} />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
