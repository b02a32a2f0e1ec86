import 'reflect-metadata';
import { graphql, type GraphQLObjectType } from 'graphql';
import { Authorized, buildSchema, Field, FieldResolver, ObjectType, Query, Resolver, Root, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { resolveFieldsDirectly } from './direct-fields.js';

// What graphql-js resolves itself and what a field resolver is given (direct-fields.ts), on a schema
// of its own: a field that has roles, a middleware or another name on its class keeps type-graphql's
// resolver, and its rule; a getter is a field resolver of its class and keeps its own; `@Root()` is
// the parent's object as it is, though this test file is compiled with decorator metadata.

const shout: MiddlewareFn = async (_data, next) => String(await next()).toUpperCase();

@ObjectType()
class Thing {
  @Field(() => String) plain!: string;
  @Authorized('ADMIN') @Field(() => String, { nullable: true }) secret!: string;
  @UseMiddleware(shout) @Field(() => String) loud!: string;
  @Field(() => String, { name: 'renamed' }) original!: string;
  @Field(() => String) get derived(): string {
    return `${this.plain}!`;
  }
}

const row = { plain: 'a', secret: 's', loud: 'l', original: 'o' };

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing)
  thing(): Thing {
    return row as Thing;
  }

  @FieldResolver(() => Boolean)
  sameObject(@Root() thing: Thing): boolean {
    return thing === row;
  }
}

describe('resolveFieldsDirectly', () => {
  it('leaves plain property reads to graphql-js, keeps the resolvers that hold a rule, and hands field resolvers their root as it is', async () => {
    resolveFieldsDirectly();
    const schema = await buildSchema({ resolvers: [ThingResolver], authChecker: () => false, authMode: 'null', validate: false });
    const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();
    expect(Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.resolve !== undefined]))).toEqual({
      plain: false, secret: true, loud: true, renamed: true, derived: true, sameObject: true,
    });
    const answer = await graphql({ schema, source: '{ thing { plain secret loud renamed derived sameObject } }' });
    expect(answer).toEqual({ data: { thing: { plain: 'a', secret: null, loud: 'L', renamed: 'o', derived: 'a!', sameObject: true } } });
  });
});
