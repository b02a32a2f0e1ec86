import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_RULES, isOneOf } from '../../shared/api/enums';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { FormErrorAlert, useFocusFirstInvalid, useFormErrors } from '../../shared/ui/field';
import { SelectInput, TextArea, TextInput } from '../../shared/ui/inputs';
import { Loading, Section } from '../../shared/ui/layout';
import { usePanelSettings, useUpdatePanelSettings } from './hooks';
import { OFFICIAL_FIELDS, type AdminPanelSettings, type OfficialField, type PanelSettingsInput } from './operations';
import { OfficialsFieldset } from './officials-fieldset';

const NUMBERS = ['quorumNumerator', 'quorumDenominator', 'roundHours', 'removalHours', 'retentionYears'] as const;
const TEXTS = ['legalBasisKk', 'legalBasisRu', 'ministryKk', 'ministryRu'] as const;
type NumberField = (typeof NUMBERS)[number];
type TextField = (typeof TEXTS)[number];

type Form = Record<NumberField | TextField | OfficialField, string> & {
  decisionRule: string;
  chairCastingVote: boolean;
  votesVisibleBeforeClose: boolean;
};

type Issue = 'invalidNumber' | 'quorumInvalid' | 'roundHoursRange' | 'removalHoursRange' | 'retentionYearsRange' | 'textRequired';
type Issues = Partial<Record<keyof Form, Issue>>;

// The server's limits (settings.service.ts), checked here too so the admin sees them at once.
const LIMITS: Record<NumberField, [number, number]> = {
  quorumNumerator: [1, 100],
  quorumDenominator: [1, 100],
  roundHours: [1, 360],
  removalHours: [1, 720],
  retentionYears: [1, 75],
};

const RANGE_ISSUES: Partial<Record<NumberField, Issue>> = {
  roundHours: 'roundHoursRange',
  removalHours: 'removalHoursRange',
  retentionYears: 'retentionYearsRange',
};

function formOf(s: AdminPanelSettings): Form {
  return {
    quorumNumerator: String(s.quorumNumerator),
    quorumDenominator: String(s.quorumDenominator),
    decisionRule: s.decisionRule,
    chairCastingVote: s.chairCastingVote,
    votesVisibleBeforeClose: s.votesVisibleBeforeClose,
    roundHours: String(s.roundHours),
    removalHours: String(s.removalHours),
    retentionYears: String(s.retentionYears),
    legalBasisKk: s.legalBasisKk,
    legalBasisRu: s.legalBasisRu,
    ministryKk: s.ministryKk,
    ministryRu: s.ministryRu,
    ...Object.fromEntries(OFFICIAL_FIELDS.map((f) => [f, s[f]])) as Record<OfficialField, string>,
  };
}

const toInt = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null);

/** The input to save, or what is wrong with the form. */
export function readSettingsForm(form: Form): { input: PanelSettingsInput } | { issues: Issues } {
  const issues: Issues = {};
  const numbers = {} as Record<NumberField, number>;
  for (const field of NUMBERS) {
    const n = toInt(form[field]);
    const [min, max] = LIMITS[field];
    if (n === null || n < min || n > max) {
      issues[field] = RANGE_ISSUES[field] ?? 'invalidNumber';
    } else numbers[field] = n;
  }
  if (!issues.quorumNumerator && !issues.quorumDenominator && numbers.quorumNumerator > numbers.quorumDenominator) {
    issues.quorumNumerator = 'quorumInvalid';
  }
  for (const field of TEXTS) if (!form[field].trim()) issues[field] = 'textRequired';
  const rule = form.decisionRule;
  if (Object.keys(issues).length > 0 || !isOneOf(DECISION_RULES, rule)) return { issues };
  return {
    input: {
      ...numbers,
      decisionRule: rule,
      chairCastingVote: form.chairCastingVote,
      votesVisibleBeforeClose: form.votesVisibleBeforeClose,
      legalBasisKk: form.legalBasisKk.trim(),
      legalBasisRu: form.legalBasisRu.trim(),
      ministryKk: form.ministryKk.trim(),
      ministryRu: form.ministryRu.trim(),
      // Optional, checked together by the server (which names the field it refuses).
      ...Object.fromEntries(OFFICIAL_FIELDS.map((f) => [f, form[f].trim()])) as Record<OfficialField, string>,
    },
  };
}

function SettingsForm({ settings }: { settings: AdminPanelSettings }) {
  const { t } = useTranslation();
  const [save, { loading, error, reset }] = useUpdatePanelSettings();
  const [form, setForm] = useState<Form>(() => formOf(settings));
  const [issues, setIssues] = useState<Issues>({});
  const [saved, setSaved] = useState(false);

  const set = <K extends keyof Form>(field: K) => (value: Form[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    // A quorum issue sits on the numerator but may be fixed in either field.
    setIssues(({ [field]: _fixed, ...rest }) => (field === 'quorumDenominator' ? { ...rest, quorumNumerator: undefined } : rest));
    setSaved(false);
    reset();
  };
  // The server's field problems (by the input's field names, which the controls share) under their controls.
  const server = useFormErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);
  const issue = (field: keyof Form) => (issues[field] ? t(`settings.${issues[field]}`) : server.field(field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readSettingsForm(form);
    if ('issues' in read) {
      setIssues(read.issues);
      return;
    }
    setIssues({});
    try {
      const { data } = await save({ variables: { input: read.input } });
      if (data) setForm(formOf(data.updatePanelSettings));
      setSaved(true);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <form ref={formRef} className="stack" noValidate onSubmit={(e) => void submit(e)} data-testid="panel-settings-form">
      <fieldset className="form-section">
        <legend>{t('settings.votingTitle')}</legend>
        <div className="form-grid">
          <TextInput name="quorumNumerator" type="number" min="1" max="100" label={t('settings.quorumNumerator')}
            value={form.quorumNumerator} onChange={set('quorumNumerator')} error={issue('quorumNumerator')} />
          <TextInput name="quorumDenominator" type="number" min="1" max="100" label={t('settings.quorumDenominator')}
            value={form.quorumDenominator} onChange={set('quorumDenominator')} error={issue('quorumDenominator')} />
          <p className="muted small form-grid__wide">{t('settings.quorumHint')}</p>
          <SelectInput name="decisionRule" label={t('settings.decisionRule')} value={form.decisionRule} placeholder={false}
            className="form-grid__wide" onChange={set('decisionRule')} hint={isOneOf(DECISION_RULES, form.decisionRule) ? t(`decisionRuleHint.${form.decisionRule}`) : undefined}
            options={DECISION_RULES.map((r) => ({ value: r, label: t(`decisionRule.${r}`) }))} />
          <label className="check form-grid__wide">
            <input type="checkbox" name="chairCastingVote" checked={form.chairCastingVote}
              onChange={(e) => set('chairCastingVote')(e.target.checked)} />
            <span>{t('settings.chairCastingVote')}</span>
          </label>
          <label className="check form-grid__wide">
            <input type="checkbox" name="votesVisibleBeforeClose" checked={form.votesVisibleBeforeClose}
              onChange={(e) => set('votesVisibleBeforeClose')(e.target.checked)} />
            <span>{t('settings.votesVisible')}</span>
          </label>
          <TextInput name="roundHours" type="number" min="1" max="360" label={t('settings.roundHours')}
            value={form.roundHours} onChange={set('roundHours')} error={issue('roundHours')} />
          <TextInput name="removalHours" type="number" min="1" max="720" label={t('settings.removalHours')}
            value={form.removalHours} onChange={set('removalHours')} error={issue('removalHours')} />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('settings.documentsTitle')}</legend>
        <p className="muted small">{t('settings.documentsHint')}</p>
        <div className="form-grid">
          <TextArea name="legalBasisKk" rows={4} label={t('settings.legalBasisKk')} value={form.legalBasisKk}
            onChange={set('legalBasisKk')} error={issue('legalBasisKk')} />
          <TextArea name="legalBasisRu" rows={4} label={t('settings.legalBasisRu')} value={form.legalBasisRu}
            onChange={set('legalBasisRu')} error={issue('legalBasisRu')} />
          <TextInput name="ministryKk" label={t('settings.ministryKk')} value={form.ministryKk} onChange={set('ministryKk')}
            error={issue('ministryKk')} />
          <TextInput name="ministryRu" label={t('settings.ministryRu')} value={form.ministryRu} onChange={set('ministryRu')}
            error={issue('ministryRu')} />
        </div>
      </fieldset>
      <OfficialsFieldset form={form} set={set} error={error} />
      <fieldset className="form-section">
        <legend>{t('settings.retentionTitle')}</legend>
        <p className="muted small">{t('settings.retentionHint')}</p>
        <div className="form-grid">
          <TextInput name="retentionYears" type="number" min="1" max="75" label={t('settings.retentionYears')}
            value={form.retentionYears} onChange={set('retentionYears')} error={issue('retentionYears')} />
        </div>
      </fieldset>
      {Object.keys(issues).length > 0 && <Alert tone="error">{t('settings.fixErrors')}</Alert>}
      <FormErrorAlert errors={server} testId="panel-settings-error" />
      {saved && (
        <Alert tone="success" testId="panel-settings-saved">
          {t('settings.saved')}
        </Alert>
      )}
      <div>
        <button type="submit" className="button button--primary" data-testid="panel-settings-submit" disabled={loading}>
          {loading ? t('common.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}

/** The panel's voting rule and the names its documents cite (admin). Open rounds keep their rule. */
export function SettingsSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = usePanelSettings();
  return (
    <Section title={t('settings.title')} testId="panel-settings">
      <p className="muted">{t('settings.lead')}</p>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data ? <SettingsForm settings={data.panelSettings} /> : loading && <Loading />}
    </Section>
  );
}
