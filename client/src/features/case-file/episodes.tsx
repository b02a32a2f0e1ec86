import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { Details, Section } from '../../shared/ui/layout';
import { EvidenceTable, EvidenceUpload } from './evidence-list';
import type { CaseFile } from './operations';

interface EpisodesProps {
  kase: CaseFile;
  canUpload: boolean;
  onUploaded(): void;
}

export function EpisodesBlock({ kase, canUpload, onUploaded }: EpisodesProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Section title={t('episodes.title')} testId="episodes" id="case-materials">
      {kase.episodes.length === 0 && <p className="muted">{t('episodes.none')}</p>}
      <ol className="episodes">
        {kase.episodes.map((episode, index) => (
          <li key={episode.id} className="episode" data-testid="episode" data-episode-id={episode.id}>
            <h3 className="episode__title">{t('episodes.episode', { n: index + 1 })}</h3>
            <Details
              items={[
                { label: t('episodes.occurredAt'), value: formatDateTime(episode.occurredAt, lang) },
                { label: t('episodes.channel'), value: t(`episodeChannel.${episode.channel}`) },
                ...(episode.url
                  ? [{
                    label: t('episodes.url'),
                    value: (
                      <a className="break" href={episode.url} target="_blank" rel="noreferrer noopener">
                        {episode.url}
                      </a>
                    ),
                  }]
                  : []),
                ...(episode.evidenceDescription ? [{ label: t('episodes.evidenceDescription'), value: episode.evidenceDescription }] : []),
                {
                  label: t('episodes.platform'),
                  value: episode.platform?.name ?? <span className="muted">{t('episodes.unknownPlatform')}</span>,
                },
                { label: t('episodes.contentKind'), value: t(`contentKind.${episode.contentKind}`) },
                ...(episode.excerpt
                  ? [{ label: t('episodes.excerpt'), value: <blockquote className="excerpt">{episode.excerpt}</blockquote> }]
                  : []),
              ]}
            />
            <div className="episode__evidence">
              <h4 className="subheading">{t('evidence.title')}</h4>
              <EvidenceTable items={episode.evidence} canDownload={kase.child !== null || kase.applicant !== null} erased={!!kase.identityErasedAt} />
              {canUpload && !kase.identityErasedAt && (
                <EvidenceUpload caseId={kase.id} episodeId={episode.id} episodeNumber={index + 1} onUploaded={onUploaded} />
              )}
            </div>
          </li>
        ))}
      </ol>
      {kase.resources.length > 0 && (
        <div className="resources">
          <h3 className="subheading">{t('episodes.resourcesTitle')}</h3>
          <ul className="plain-list">
            {kase.resources.map((resource) => (
              <li key={resource.id}>
                <a className="break" href={resource.url} target="_blank" rel="noreferrer noopener">
                  {resource.url}
                </a>
                {resource.platform && <span className="muted"> · {resource.platform.name}</span>}
                {resource.description && <div className="muted">{resource.description}</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
