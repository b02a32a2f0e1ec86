import { Field, ObjectType } from 'type-graphql';
import { Member } from './member.entity.js';

@ObjectType({ description: 'A one-time invitation link, shown only in this answer: the person opens it and sets their own password.' })
export class Invitation {
  @Field(() => String, { description: 'The one-time token (32 random bytes); the server keeps only its SHA-256.' }) token!: string;
  @Field(() => String, { description: 'Where the web client opens it: /invitation#<token> (a fragment never reaches a server or its logs).' }) path!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Member) member!: Member;
}
