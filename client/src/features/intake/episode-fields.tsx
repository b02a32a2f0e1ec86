import { useTranslation } from 'react-i18next';
import { CONTENT_KINDS, EPISODE_CHANNELS } from '../../shared/api/enums';
import { SelectInput, TextArea, TextInput } from '../../shared/ui/inputs';
import type { FormErrors } from '../../shared/ui/field';
import type { EpisodeDraft, IntakeIssues, ResourceDraft } from './intake.form';
import type { Platform } from './operations';
import { platformFor } from './platform-match';

interface EpisodesFieldsProps {
  episodes: readonly EpisodeDraft[];
  issues: IntakeIssues;
  server?: FormErrors;
  platforms: readonly Platform[];
  onChange(index: number, patch: Partial<EpisodeDraft>): void;
  onAdd(): void;
  onRemove(index: number): void;
}

function PlatformHint({ url, platforms }: { url: string; platforms: readonly Platform[] }) {
  const { t } = useTranslation();
  if (!/^https?:\/\/\S+/i.test(url.trim()) || platforms.length === 0) return null;
  const platform = platformFor(url, platforms);
  return <span>{platform ? t('intake.platformDetected', { name: platform.name }) : t('intake.platformUnknown')}</span>;
}

export function EpisodesFields({ episodes, issues, server, platforms, onChange, onAdd, onRemove }: EpisodesFieldsProps) {
  const { t } = useTranslation();
  const issue = (name: string) => (issues[name] ? t(`intake.${issues[name]}`) : (server?.field(name) ?? null));
  const kinds = CONTENT_KINDS.map((k) => ({ value: k, label: t(`contentKind.${k}`) }));
  const channels = EPISODE_CHANNELS.map((c) => ({ value: c, label: t(`episodeChannel.${c}`) }));
  return (
    <fieldset className="form-section">
      <legend>{t('intake.sectionEpisodes')}</legend>
      <p className="muted">{t('intake.episodesHint')}</p>
      <ol className="repeat-list">
        {episodes.map((episode, i) => (
          <li key={episode.key} className="repeat-item" data-testid="episode-fields">
            <div className="repeat-item__head">
              <h3 className="subheading">{t('intake.episodeTitle', { n: i + 1 })}</h3>
              {episodes.length > 1 && (
                <button type="button" className="button button--ghost button--small" onClick={() => onRemove(i)}>
                  {t('intake.removeEpisode', { n: i + 1 })}
                </button>
              )}
            </div>
            <div className="form-grid">
              <TextInput name={`episodes.${i}.occurredAt`} type="datetime-local" label={t('intake.episodeOccurredAt')}
                value={episode.occurredAt} onChange={(v) => onChange(i, { occurredAt: v })}
                error={issue(`episodes.${i}.occurredAt`)} />
              <SelectInput name={`episodes.${i}.contentKind`} label={t('intake.episodeContentKind')}
                value={episode.contentKind} onChange={(v) => onChange(i, { contentKind: v as EpisodeDraft['contentKind'] })}
                error={issue(`episodes.${i}.contentKind`)} options={kinds} placeholder={false} />
              <SelectInput name={`episodes.${i}.channel`} label={t('intake.episodeChannel')}
                value={episode.channel} onChange={(v) => onChange(i, { channel: v as EpisodeDraft['channel'] })}
                options={channels} placeholder={false} />
              {episode.channel === 'URL' ? (
                <TextInput name={`episodes.${i}.url`} type="url" label={t('intake.episodeUrl')} className="form-grid__wide"
                  value={episode.url} onChange={(v) => onChange(i, { url: v })} error={issue(`episodes.${i}.url`)}
                  placeholder="https://" hint={<PlatformHint url={episode.url} platforms={platforms} />} />
              ) : (
                <TextArea name={`episodes.${i}.evidenceDescription`} label={t('intake.episodeEvidence')} className="form-grid__wide"
                  value={episode.evidenceDescription} onChange={(v) => onChange(i, { evidenceDescription: v })}
                  error={issue(`episodes.${i}.evidenceDescription`)} hint={t('intake.episodeEvidenceHint')} rows={2} />
              )}
              <TextArea name={`episodes.${i}.excerpt`} label={t('intake.episodeExcerpt')} className="form-grid__wide"
                value={episode.excerpt} onChange={(v) => onChange(i, { excerpt: v })} error={issue(`episodes.${i}.excerpt`)} optional rows={3} />
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" data-testid="add-episode" onClick={onAdd}>
        {t('intake.addEpisode')}
      </button>
    </fieldset>
  );
}

interface ResourcesFieldsProps {
  resources: readonly ResourceDraft[];
  issues: IntakeIssues;
  server?: FormErrors;
  onChange(index: number, patch: Partial<ResourceDraft>): void;
  onAdd(): void;
  onRemove(index: number): void;
}

export function ResourcesFields({ resources, issues, server, onChange, onAdd, onRemove }: ResourcesFieldsProps) {
  const { t } = useTranslation();
  const issue = (name: string) => (issues[name] ? t(`intake.${issues[name]}`) : (server?.field(name) ?? null));
  return (
    <fieldset className="form-section">
      <legend>{t('intake.sectionResources')}</legend>
      <p className="muted">{t('intake.resourcesHint')}</p>
      {resources.length > 0 && (
        <ol className="repeat-list">
          {resources.map((resource, i) => (
            <li key={resource.key} className="repeat-item" data-testid="resource-fields">
              <div className="repeat-item__head">
                <h3 className="subheading">{t('intake.resourceTitle', { n: i + 1 })}</h3>
                <button type="button" className="button button--ghost button--small" onClick={() => onRemove(i)}>
                  {t('intake.removeResource', { n: i + 1 })}
                </button>
              </div>
              <div className="form-grid">
                <TextInput name={`resources.${i}.url`} type="url" label={t('intake.resourceUrl')} placeholder="https://"
                  value={resource.url} onChange={(v) => onChange(i, { url: v })} error={issue(`resources.${i}.url`)} />
                <TextInput name={`resources.${i}.description`} label={t('intake.resourceDescription')} optional
                  value={resource.description} onChange={(v) => onChange(i, { description: v })} error={issue(`resources.${i}.description`)} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button" data-testid="add-resource" onClick={onAdd}>
        {t('intake.addResource')}
      </button>
    </fieldset>
  );
}
