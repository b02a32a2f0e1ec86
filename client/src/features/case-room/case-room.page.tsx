import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { useAbilities, useMember } from '../../app/auth.context';
import { graphQLErrors, hasErrorCode } from '../../shared/api/errors';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { ErrorAlert } from '../../shared/ui/alert';
import { Loading } from '../../shared/ui/layout';
import { NoCaseAccess, RecusedFromCase } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { mergeEvents } from '../case-file/case-events';
import { CaseFileView } from '../case-file/case-file.view';
import { useCaseFile } from '../case-file/hooks';
import { RoomProvider } from './room.context';
import { RoomJumpBar } from './room-jump-bar';
import { RoomPanel } from './room-panel';
import { useRoom } from './use-room';
import { useTypingSignal } from './use-typing';
import './case-room.css';

// The vote, the decision and the prescriptions come in their own chunk, after the file has rendered.
const VotingSection = lazy(() => import('../voting/voting-section'));
// The audit is the chair's and deputy's (not recused), read only on demand: its own chunk too.
const AuditSection = lazy(() => import('./audit-panel'));

/** `/cases/:id`: the case file on one side, the live room (thread, presence, typing) on the other. */
export function CaseRoomPage() {
  const { id = '' } = useParams();
  const member = useMember();
  if (!useAbilities().seeCases) return <NoCaseAccess role={member.role} />;
  return <CaseRoom key={id} caseId={id} member={member} />;
}

function CaseRoom({ caseId, member }: { caseId: string; member: MemberSummary }) {
  const { data, error, loading, refetch } = useCaseFile(caseId);
  const kase = data?.case;
  const refetchCase = useCallback(() => refetch(), [refetch]);
  const room = useRoom(caseId, member, kase?.events, refetchCase);
  const typing = useTypingSignal(caseId);
  const events = useMemo(() => mergeEvents(kase?.events ?? [], room.liveEvents), [kase?.events, room.liveEvents]);
  usePageTitle(kase?.number);

  if (!kase) {
    if (loading) return <Loading />;
    if (graphQLErrors(error).some((e) => e.extensions?.recused === true)) return <RecusedFromCase />;
    if (hasErrorCode(error, 'FORBIDDEN')) return <NoCaseAccess role={member.role} />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  return (
    <RoomProvider caseId={kase.id} viewer={member} canComment={kase.viewerCan.comment} room={room} typing={typing}>
      <div className="case-room" data-testid="case-room">
        <RoomJumpBar />
        <CaseFileView
          kase={kase}
          events={events}
          error={error}
          onChanged={() => void refetch()}
          voting={
            <Suspense fallback={null}>
              <VotingSection caseId={kase.id} viewer={member} subscribeEvents={room.subscribeEvents} />
            </Suspense>
          }
        />
        <RoomPanel />
        {kase.viewerCan.readAudit && (
          <Suspense fallback={null}>
            <AuditSection caseId={kase.id} />
          </Suspense>
        )}
      </div>
    </RoomProvider>
  );
}
