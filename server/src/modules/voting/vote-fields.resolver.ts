import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { RecusalLike, VoteLike } from './voting.reader.js';
import { Recusal, Vote } from './voting.entities.js';

// Times named for what they mean to the panel; both are the row's creation time. Resolved here
// (not as entity getters) so that votes and recusals read as plain rows resolve alike.

@Resolver(() => Vote)
export class VoteFieldsResolver {
  @FieldResolver(() => Date)
  castAt(@Root() vote: VoteLike): Date {
    return vote.createdAt;
  }
}

@Resolver(() => Recusal)
export class RecusalFieldsResolver {
  @FieldResolver(() => Date)
  declaredAt(@Root() recusal: RecusalLike): Date {
    return recusal.createdAt;
  }
}
