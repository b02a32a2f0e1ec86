import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Member } from '../members/member.entity.js';
import { Recusal, Vote, type RecusalRow, type VoteRow } from './voting.entities.js';

// Times named for what they mean to the panel; both are the row's creation time. Members come
// from the `member` loader by the row's foreign key (entities and reader rows alike).

@Resolver(() => Vote)
export class VoteFieldsResolver {
  @FieldResolver(() => Date)
  castAt(@Root() vote: VoteRow): Date {
    return vote.createdAt;
  }

  @FieldResolver(() => Member)
  member(@Root() vote: VoteRow, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(vote.member.id);
  }
}

@Resolver(() => Recusal)
export class RecusalFieldsResolver {
  @FieldResolver(() => Date)
  declaredAt(@Root() recusal: RecusalRow): Date {
    return recusal.createdAt;
  }

  @FieldResolver(() => Member)
  member(@Root() recusal: RecusalRow, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(recusal.member.id);
  }
}
