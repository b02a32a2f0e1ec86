import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { notFound, signInRequired } from '../../shared/domain-error.js';
import { StateStream } from '../../shared/events/state-stream.js';
import { isUuid } from '../../shared/ids.js';
import { Case } from '../cases/case.entity.js';
import { noCaseAccess } from '../cases/case.policy.js';
import { mayDeliberate } from '../deliberation/comment.policy.js';
import { isRecused, recusedRefusal } from '../../shared/recusal.js';
import { Member } from '../members/member.entity.js';
import { CASE_READERS } from '../../shared/role.js';

@ObjectType()
class PresentMember {
  @Field(() => Member) member!: Member;
  @Field(() => Boolean) typing!: boolean;
}

@ObjectType({ description: 'Who has the case room open now, and who is typing. Ephemeral: never stored.' })
class RoomPresence {
  @Field(() => ID) caseId!: string;
  @Field(() => [PresentMember]) members!: PresentMember[];
}

/** The room the viewer may enter: FORBIDDEN for a role outside the room (before any lookup) and for a recused member. */
async function room(ctx: Context, caseId: string): Promise<Case> {
  if (!ctx.viewer) throw ctx.authError ?? signInRequired();
  if (!mayDeliberate(ctx.viewer, { recused: false })) throw noCaseAccess();
  const kase = isUuid(caseId) ? await ctx.em.findOne(Case, { id: caseId }) : null;
  if (!kase) throw notFound('case');
  if (await isRecused(ctx.em, kase.id, ctx.viewer.id)) throw recusedRefusal();
  return kase;
}

@Resolver()
export class PresenceResolver {
  @Subscription(() => RoomPresence, {
    description: 'Enters the case room: the viewer is shown as present while subscribed; the state is sent at once and on every change.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const kase = await room(ctx, args.caseId as string);
      const presence = ctx.deps.presence;
      const session = presence.join(kase.id, ctx.viewer!.id);
      return new StateStream(
        (wake) => presence.onCase(kase.id, wake),
        async () => {
          const present = presence.snapshot(kase.id);
          const members = await ctx.deps.orm.em.fork().find(Member, { id: { $in: present.map((p) => p.memberId) } });
          const byId = new Map(members.map((m) => [m.id, m]));
          return {
            caseId: kase.id,
            members: present.filter((p) => byId.get(p.memberId)?.active).map((p) => ({ member: byId.get(p.memberId)!, typing: p.typing })),
          };
        },
        () => presence.leave(session),
      );
    },
  })
  casePresence(@Root() state: RoomPresence, @Arg('caseId', () => ID) _caseId: string): RoomPresence {
    return state;
  }

  @Authorized(...CASE_READERS)
  @Mutation(() => Boolean, { description: 'Shows ("… is typing") or clears the viewer\'s typing indicator; it fades by itself after a few seconds.' })
  async setTyping(@Arg('caseId', () => ID) caseId: string, @Arg('typing', () => Boolean) typing: boolean, @Ctx() ctx: Context) {
    const kase = await room(ctx, caseId);
    await ctx.deps.presence.setTyping(kase.id, ctx.viewer!.id, typing);
    return true;
  }
}
