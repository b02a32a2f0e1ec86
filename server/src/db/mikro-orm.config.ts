import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from './migrations/index.js';
import { CalendarDayRow } from '../modules/calendar/calendar-day.entity.js';
import { SerialCounter } from '../shared/serial-counter.entity.js';
import { PanelSettings } from '../modules/settings/panel-settings.entity.js';
import { Recusal, Vote, VotingRound } from '../modules/voting/voting.entities.js';
import { Decision, Dissent } from '../modules/decisions/decision.entities.js';
import { Prescription } from '../modules/prescriptions/prescription.entity.js';
import { AccessRestrictionRequest, UrlCheck } from '../modules/prescriptions/compliance.entities.js';
import { ScheduledJob } from '../modules/jobs/scheduled-job.entity.js';
import { Case } from '../modules/cases/case.entity.js';
import { Episode } from '../modules/cases/episode.entity.js';
import { Resource } from '../modules/cases/resource.entity.js';
import { Evidence } from '../modules/evidence/evidence.entity.js';
import { Agency } from '../modules/members/agency.entity.js';
import { Member } from '../modules/members/member.entity.js';
import { Platform } from '../modules/platforms/platform.entity.js';
import { CaseEvent } from '../shared/events/case-event.entity.js';
import { Comment, CommentMention, CommentRevision } from '../modules/deliberation/comment.entity.js';
import { Notification } from '../modules/inbox/notification.entity.js';
import { IdempotencyKey } from '../shared/idempotency/idempotency-key.entity.js';

export const entities = [Agency, Member, Platform, CalendarDayRow, Case, SerialCounter, Episode, Resource, Evidence, CaseEvent, Comment, CommentRevision, CommentMention, Notification, PanelSettings, Recusal, VotingRound, Vote, Decision, Dissent, Prescription, UrlCheck, AccessRestrictionRequest, ScheduledJob, IdempotencyKey];

/** One ORM configuration for the server, the tests and the migration generator. */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // Migrations are listed explicitly: folder discovery does not work under tsx or vitest.
    migrations: { silent: true, migrationsList, path: 'src/db/migrations', pathTs: 'src/db/migrations', transactional: true, snapshot: false, emit: 'ts' },
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: 20 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    ...overrides,
  });
}
