import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { IdempotencyKeyField } from '../../shared/idempotency/idempotency-key.field.js';
import { Member } from '../members/member.entity.js';
import { CASE_READERS } from '../../shared/role.js';
import { CommentAbilities } from './comment.abilities.js';
import { Comment, CommentRevision, type CommentRow } from './comment.entity.js';
import { mayDeleteComment, mayDeliberate, mayEditComment } from './comment.policy.js';
import { CommentService } from './comment.service.js';

@ArgsType()
class AddCommentArgs {
  @Field(() => ID) caseId!: string;
  @Field(() => String) body!: string;
  @Field(() => ID, { nullable: true, description: 'The comment this replies to (replies are one level deep).' }) parentId?: string | null;
  @IdempotencyKeyField() idempotencyKey?: string | null;
}

const comments = (ctx: Context) => new CommentService(ctx.em, ctx.viewer!, ctx.deps.clock);

@Resolver(() => Comment)
export class CommentResolver {
  @Authorized(...CASE_READERS)
  @Mutation(() => Comment, { description: 'Posts a comment in the case room; @handles (the part of an email before @) notify members.' })
  addComment(@Args(() => AddCommentArgs) { caseId, body, parentId, idempotencyKey }: AddCommentArgs, @Ctx() ctx: Context) {
    return comments(ctx).add(caseId, body, parentId, idempotencyKey);
  }

  @Authorized(...CASE_READERS)
  @Mutation(() => Comment, { description: 'Edits your own comment; the earlier text stays in `revisions`.' })
  editComment(@Arg('id', () => ID) id: string, @Arg('body', () => String) body: string, @Ctx() ctx: Context) {
    return comments(ctx).edit(id, body);
  }

  @Authorized(...CASE_READERS)
  @Mutation(() => Comment, { description: 'Deletes a comment; a tombstone stays in the thread.' })
  deleteComment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return comments(ctx).remove(id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The text; null once deleted.' })
  body(@Root() comment: CommentRow): string | null {
    return comment.deletedAt ? null : comment.body;
  }

  @FieldResolver(() => Date)
  postedAt(@Root() comment: CommentRow): Date {
    return comment.createdAt;
  }

  @FieldResolver(() => Member)
  author(@Root() comment: CommentRow, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(comment.author.id);
  }

  // The fields of a thread's comments resolve without a promise where the request already holds
  // the answer (the thread's read primes its revisions and mentions, the case row its recusals):
  // a thread of fifty comments would otherwise make hundreds of promises per open.

  @FieldResolver(() => CommentAbilities, { description: 'What the viewer may do with this comment.' })
  viewerCan(@Root() comment: CommentRow, @Ctx() ctx: Context): CommentAbilities | Promise<CommentAbilities> {
    const viewer = ctx.viewer!;
    const ref = { authorId: comment.author.id, deleted: !!comment.deletedAt };
    const abilities = (recused: boolean): CommentAbilities => {
      const inRoom = mayDeliberate(viewer, { recused });
      return { edit: inRoom && mayEditComment(viewer, ref), delete: inRoom && mayDeleteComment(viewer, ref) };
    };
    const recused = ctx.loaders.recusedKnown(comment.case.id);
    return recused === undefined ? ctx.loaders.recused.load(comment.case.id).then(abilities) : abilities(recused);
  }

  @FieldResolver(() => Boolean)
  deleted(@Root() comment: CommentRow): boolean {
    return !!comment.deletedAt;
  }

  @FieldResolver(() => Member, { nullable: true })
  deletedBy(@Root() comment: CommentRow, @Ctx() ctx: Context) {
    return comment.deletedBy ? ctx.loaders.member.load(comment.deletedBy.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() comment: CommentRow): string | null {
    return comment.parent?.id ?? null;
  }

  @FieldResolver(() => [Comment], { description: 'Replies, oldest first (top-level comments only).' })
  replies(@Root() comment: CommentRow, @Ctx() ctx: Context): CommentRow[] | Promise<CommentRow[]> {
    if (comment.parent) return [];
    const repliesIn = (all: CommentRow[]) => all.filter((c) => c.parent?.id === comment.id);
    const { commentsByCase } = ctx.loaders;
    const all = commentsByCase.known(comment.case.id);
    return all ? repliesIn(all) : commentsByCase.load(comment.case.id).then(repliesIn);
  }

  @FieldResolver(() => [CommentRevision], { description: 'Earlier texts, oldest first; empty for deleted comments.' })
  revisions(@Root() comment: CommentRow, @Ctx() ctx: Context) {
    if (comment.deletedAt) return [];
    const { revisionsByComment } = ctx.loaders;
    return revisionsByComment.known(comment.id) ?? revisionsByComment.load(comment.id);
  }

  @FieldResolver(() => [Member], { description: 'Members this comment mentions.' })
  mentions(@Root() comment: CommentRow, @Ctx() ctx: Context) {
    const { mentionsByComment } = ctx.loaders;
    return mentionsByComment.known(comment.id) ?? mentionsByComment.load(comment.id);
  }
}
