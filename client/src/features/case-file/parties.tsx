import { useTranslation } from 'react-i18next';
import { formatLocalDate, todayLocalDate } from '../../shared/lib/datetime';
import { Details, Section } from '../../shared/ui/layout';
import type { CaseFile } from './operations';

function IdentityHidden() {
  const { t } = useTranslation();
  return (
    <div className="hidden-identity" data-testid="identity-hidden">
      <strong>{t('caseFile.identityHidden')}</strong>
      <span className="muted">{t('caseFile.identityHiddenHint')}</span>
    </div>
  );
}

/** Where the identity was, once erased under the retention rule. */
function IdentityErased({ at }: { at: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="hidden-identity" data-testid="identity-erased">
      <strong>{t('caseFile.identityErased', { date: formatLocalDate(todayLocalDate(new Date(at)), i18n.language) })}</strong>
      <span className="muted">{t('caseFile.identityErasedHint')}</span>
    </div>
  );
}

export function ApplicantBlock({ kase }: { kase: CaseFile }) {
  const { t } = useTranslation();
  const applicant = kase.applicant;
  return (
    <Section title={t('caseFile.applicantTitle')} testId="applicant-block">
      {applicant ? (
        <Details
          items={[
            { label: t('caseFile.applicantName'), value: applicant.name },
            { label: t('caseFile.applicantRelation'), value: t(`relation.${applicant.relation}`) },
            { label: t('caseFile.applicantContact'), value: applicant.contact },
          ]}
        />
      ) : kase.identityErasedAt ? (
        <IdentityErased at={kase.identityErasedAt} />
      ) : (
        <IdentityHidden />
      )}
    </Section>
  );
}

export function ChildBlock({ kase }: { kase: CaseFile }) {
  const { t, i18n } = useTranslation();
  const child = kase.child;
  const profile = kase.childProfile;
  const age = profile.ageAtFirstEpisode;
  return (
    <Section title={t('caseFile.childTitle')} testId="child-block">
      {child ? (
        <Details
          items={[
            { label: t('caseFile.childName'), value: child.name },
            { label: t('caseFile.childBirthDate'), value: formatLocalDate(child.birthDate, i18n.language) },
            { label: t('caseFile.childRegion'), value: t(`region.${child.region}`) },
            { label: t('caseFile.childSchool'), value: child.school || '—' },
            { label: t('caseFile.childAge'), value: age ?? t('caseFile.unknownAge') },
          ]}
        />
      ) : (
        <>
          {kase.identityErasedAt ? <IdentityErased at={kase.identityErasedAt} /> : <IdentityHidden />}
          <Details
            items={[
              { label: t('caseFile.childAge'), value: age ?? t('caseFile.unknownAge') },
              { label: t('caseFile.childRegion'), value: t(`region.${profile.region}`) },
            ]}
          />
        </>
      )}
    </Section>
  );
}
