import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { formatDateTime } from '../../shared/lib/datetime';
import { DownloadButton } from '../../shared/ui/download-button';
import { Details } from '../../shared/ui/layout';
import { AnswerDraft } from './answer-draft';
import { ChoiceBadge, OutcomeBadge } from './badges';
import { downloadProtocol } from './decision.files';
import { DecisionReasoning } from './decision-reasoning';
import { Dissents } from './dissents';
import type { Decision } from './decision.operations';
import type { VotingAbilities } from './operations';
import { Signatures } from './signatures';

function VotersTable({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  if (decision.voters.length === 0) return <p className="muted">{t('vote.noVotes')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact table--stack" data-testid="decision-voters">
        <thead>
          <tr>
            <th scope="col">{t('vote.colMember')}</th>
            <th scope="col">{t('decision.colAgency')}</th>
            <th scope="col">{t('vote.colChoice')}</th>
          </tr>
        </thead>
        <tbody>
          {decision.voters.map((v) => (
            <tr key={v.memberId} data-testid="decision-voter" data-choice={v.choice}>
              <td>{v.name}</td>
              <td className="small">{v.agency}</td>
              <td>
                <ChoiceBadge choice={v.choice} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The decision as recorded in its numbered protocol: outcome, voters, reasoning, dissents, signatures, answer draft, protocol (the answer's PDF is in the case header, for every ending). */
export function DecisionBlock({ caseId, decision, viewer, can }: { caseId: string; decision: Decision; viewer: MemberSummary; can: VotingAbilities }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="card decision" data-testid="decision" data-outcome={decision.outcome} data-signed={String(decision.signed)}
      aria-labelledby="decision-title">
      <header className="card__header">
        <h2 className="card__title" id="decision-title">
          {t('decision.title')}
        </h2>
        <span className={`badge ${decision.signed ? 'badge--done' : 'badge--attention'}`} data-testid="decision-signed">
          {decision.signed ? t('decision.statusSigned') : t('decision.statusUnsigned')}
        </span>
      </header>
      <div className="card__body">
        <div className="decision__outcome">
          <OutcomeBadge outcome={decision.outcome} large testId="decision-outcome" />
        </div>
        <Details
          items={[
            { label: t('decision.protocol'), value: <strong data-testid="protocol-number">{decision.protocolNumber}</strong> },
            { label: t('decision.decidedAt'), value: formatDateTime(decision.decidedAt, lang) },
          ]}
        />
        <div className="button-row">
          <DownloadButton label={t('decision.protocolPdf')} testId="download-protocol"
            download={() => downloadProtocol(decision.id, decision.protocolNumber)} />
        </div>
        <h3 className="subheading">{t('decision.votersTitle')}</h3>
        <VotersTable decision={decision} />
        <h3 className="subheading">{t('decision.ownReasoningTitle')}</h3>
        <DecisionReasoning decision={decision} canWrite={can.writeReasoning} />
        <h3 className="subheading">{t('decision.reasoningTitle')}</h3>
        {decision.reasoning.trim() ? (
          <p className="prose" data-testid="decision-reasoning">{decision.reasoning}</p>
        ) : (
          <p className="muted">{t('decision.noReasoning')}</p>
        )}
        <h3 className="subheading">{t('decision.dissentsTitle')}</h3>
        <Dissents decision={decision} viewer={viewer} />
        <h3 className="subheading">{t('decision.signaturesTitle')}</h3>
        <Signatures decision={decision} viewer={viewer} canSign={can.signDecision} />
        {can.seeIdentity && <AnswerDraft caseId={caseId} decision={decision} />}
      </div>
    </section>
  );
}
