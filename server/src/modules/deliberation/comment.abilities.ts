import { Field, ObjectType } from 'type-graphql';
import { defineCaseAbility } from '../cases/case-abilities.js';
import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { mayDeliberate } from './comment.policy.js';

defineAbility(ViewerAbilities, 'comment', 'Write in the rooms of cases one has not recused from (advisors too).', ({ viewer }) => mayDeliberate(viewer, { recused: false }));
defineCaseAbility('comment', 'Write in the case room (addComment).', ({ viewer }, rel) => mayDeliberate(viewer, rel));

@ObjectType({ description: 'What the viewer may do with this comment: computed by the policies editComment and deleteComment check.' })
export class CommentAbilities {
  @Field(() => Boolean, { description: 'Edit it (editComment): one\'s own, not deleted.' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Delete it (deleteComment): one\'s own, or any as the chair or deputy (moderation); not deleted.' }) delete!: boolean;
}
