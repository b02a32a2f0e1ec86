import { fileURLToPath } from 'node:url';
import { buildSchema } from 'type-graphql';
import { validateArgs } from './validate-args.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { CaseFieldsResolver } from '../modules/cases/case-fields.resolver.js';
import { CaseResolver } from '../modules/cases/case.resolver.js';
import { CaseEventsResolver, resolveFeedEventsDirectly } from '../modules/cases/case-events.resolver.js';
import { RapporteurResolver } from '../modules/cases/rapporteur.resolver.js';
import { CaseEventPayloadResolver } from '../modules/cases/case-event-payload.resolver.js';
import { EpisodeEvidenceResolver, EvidenceFieldsResolver } from '../modules/evidence/episode-evidence.resolver.js';
import { EpisodeFieldsResolver, ResourceFieldsResolver } from '../modules/cases/case-file-fields.resolver.js';
import { PrescriptionUrlsResolver } from '../modules/cases/prescription-urls.resolver.js';
import { CommentResolver } from '../modules/deliberation/comment.resolver.js';
import { CaseCommentsResolver, CaseEventCommentResolver, NotificationCommentResolver } from '../modules/deliberation/room-fields.resolver.js';
import { InboxResolver } from '../modules/inbox/inbox.resolver.js';
import { FailedJobsResolver } from '../modules/jobs/failed-jobs.resolver.js';
import { IntakeResolver } from '../modules/intake/intake.resolver.js';
import { PresenceResolver } from '../modules/presence/presence.resolver.js';
import { CaseDecisionResolver, DecisionResolver, DissentFieldsResolver } from '../modules/decisions/decision.resolver.js';
import { SettingsResolver } from '../modules/settings/settings.resolver.js';
import { AccessRestrictionFieldsResolver, UrlCheckFieldsResolver, PrescriptionResolver } from '../modules/prescriptions/prescription.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';
import { AuditEntryFieldsResolver, AuditReaderFieldsResolver, AuditResolver } from '../modules/audit/audit.resolver.js';
import { CaseVotingResolver } from '../modules/voting/case-voting.resolver.js';
import { VotingResolver } from '../modules/voting/voting.resolver.js';
import { RecusalFieldsResolver, VoteFieldsResolver } from '../modules/voting/vote-fields.resolver.js';
import { MemberResolver } from '../modules/members/member.resolver.js';
import { AgencyFieldsResolver, MemberFieldsResolver } from '../modules/members/member-fields.resolver.js';
import { AccountResolver } from '../modules/members/account.resolver.js';
import { AccountAuditEntryFieldsResolver, AccountAuditResolver } from '../modules/members/account-audit.resolver.js';
import { PlatformResolver } from '../modules/platforms/platform.resolver.js';
import { CaseEventFieldsResolver } from '../modules/cases/case-event-actor.resolver.js';
import { NotificationCaseResolver } from '../modules/cases/notification-case.resolver.js';
import { authChecker } from './auth-checker.js';
import { guardIdentityInTexts } from './identity-guard.js';
import { guardRecusedCaseFields } from './recusal-guard.js';
import { callFieldResolversDirectly, resolveFieldsDirectly } from './direct-fields.js';

/** The committed contract that clients and tests are written against. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));

export const resolvers = [
  MemberResolver,
  MemberFieldsResolver,
  AgencyFieldsResolver,
  AccountResolver,
  AccountAuditResolver,
  AccountAuditEntryFieldsResolver,
  PlatformResolver,
  CalendarResolver,
  CaseResolver,
  CaseFieldsResolver,
  CaseEventsResolver,
  RapporteurResolver,
  CaseEventPayloadResolver,
  EpisodeEvidenceResolver,
  EvidenceFieldsResolver,
  EpisodeFieldsResolver,
  ResourceFieldsResolver,
  PrescriptionUrlsResolver,
  IntakeResolver,
  CaseEventFieldsResolver,
  CommentResolver,
  CaseCommentsResolver,
  CaseEventCommentResolver,
  InboxResolver,
  NotificationCaseResolver,
  NotificationCommentResolver,
  FailedJobsResolver,
  PresenceResolver,
  SettingsResolver,
  VotingResolver,
  VoteFieldsResolver,
  RecusalFieldsResolver,
  CaseVotingResolver,
  DecisionResolver,
  CaseDecisionResolver,
  DissentFieldsResolver,
  PrescriptionResolver,
  AccessRestrictionFieldsResolver,
  UrlCheckFieldsResolver,
  StatsResolver,
  AuditResolver,
  AuditEntryFieldsResolver,
  AuditReaderFieldsResolver,
] as const;

/** The whole GraphQL schema; `emitSchemaFile` writes the committed contract in schema/. */
// Live events come from the PostgreSQL log (shared/events/live-feed.ts), never from an in-process
// topic bus; type-graphql insists on a pub/sub object for subscriptions, so it gets one that refuses.
const noTopicPubSub = {
  publish: () => { throw new Error('topic pub/sub is not used: append to the event log instead'); },
  subscribe: () => { throw new Error('topic pub/sub is not used: subscribe to the event log instead'); },
};

export async function createSchema(emitSchemaFile?: string) {
  // No global middlewares: plain fields are read by graphql-js itself (direct-fields.ts).
  resolveFieldsDirectly();
  const built = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub: noTopicPubSub,
    validateFn: validateArgs,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
  return guardIdentityInTexts(guardRecusedCaseFields(resolveFeedEventsDirectly(callFieldResolversDirectly(built, resolvers))));
}
