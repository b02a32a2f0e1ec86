import { Field, ObjectType } from 'type-graphql';
import { Member } from './member.entity.js';

@ObjectType({ description: 'A signed-in session: send the token as "Authorization: Bearer …" (WS: connectionParams.authorization).' })
export class AuthPayload {
  @Field(() => String) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Member) member!: Member;
}
