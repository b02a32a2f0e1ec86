import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Member } from '../members/member.entity.js';
import { CHAIRS } from '../../shared/role.js';
import { AuditConnection, AuditEntry, AuditFilter, AuditReader } from './audit.types.js';
import { AuditService } from './audit.service.js';
// Declares this module's booleans of viewerCan (ViewerAbilities, CaseAbilities).
import './audit.abilities.js';

// Cases whose audit this request already logged as read (one audit.viewed per case per request).
const loggedByRequest = new WeakMap<Context, Set<string>>();
function audit(ctx: Context): AuditService {
  let logged = loggedByRequest.get(ctx);
  if (!logged) loggedByRequest.set(ctx, (logged = new Set()));
  return new AuditService(ctx.em, ctx.viewer!, ctx.requestId, logged);
}

@Resolver()
export class AuditResolver {
  @Authorized(...CHAIRS)
  @Query(() => AuditConnection, {
    description: 'Who received this case\'s personal data and who changed what, newest first. For the chair and the deputy; reading it is logged as audit.viewed.',
  })
  caseAudit(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return audit(ctx).entries(caseId, filter ?? {}, first, after);
  }

  @Authorized(...CHAIRS)
  @Query(() => [AuditReader], { description: 'Everyone who received this case\'s personal data, the latest reader first.' })
  caseAuditSummary(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context) {
    return audit(ctx).readers(caseId);
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryFieldsResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'Who did it; null for the system.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.member.load(entry.actorId) : null;
  }
}

@Resolver(() => AuditReader)
export class AuditReaderFieldsResolver {
  @FieldResolver(() => Member)
  async actor(@Root() reader: AuditReader, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(reader.actorId);
  }
}
