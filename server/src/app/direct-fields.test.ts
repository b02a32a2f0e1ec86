import 'reflect-metadata';
import { graphql, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { callFieldResolversDirectly, resolveFieldsDirectly } from './direct-fields.js';

// What graphql-js resolves itself and what a field resolver is given (direct-fields.ts), on a schema
// of its own: a field that has roles, a middleware or another name on its class keeps type-graphql's
// resolver, and its rule; a getter is a field resolver of its class and keeps its own; `@Root()` is
// the parent's object as it is, though this test file is compiled with decorator metadata; a field
// resolver that takes only its root, the context and the info is called directly, with them, and one
// with arguments, roles or middleware keeps type-graphql's call and its rules (also where another
// method of another class names the same field).

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

interface Seen { self: unknown; root: unknown; ctx: unknown; field: string }
const seen: Seen[] = [];
const built: unknown[] = [];

@Resolver(() => Thing)
class ThingResolver {
  constructor() {
    built.push(this);
  }

  @Query(() => Thing)
  thing(): Thing {
    return row as Thing;
  }

  @FieldResolver(() => Boolean)
  sameObject(@Root() thing: Thing): boolean {
    return thing === row;
  }

  @FieldResolver(() => String)
  direct(@Root() thing: Thing, @Ctx() ctx: { user: string }, @Info() info: GraphQLResolveInfo): string {
    seen.push({ self: this, root: thing, ctx, field: info.fieldName });
    return `${thing.plain}:${ctx.user}`;
  }

  @FieldResolver(() => String)
  withArg(@Root() thing: Thing, @Arg('suffix', () => String) suffix: string): string {
    seen.push({ self: this, root: thing, ctx: null, field: 'withArg' });
    return thing.plain + suffix;
  }

  @Authorized('ADMIN')
  @FieldResolver(() => String, { nullable: true })
  guarded(): string {
    return 'leaked';
  }
}

// Two methods for one field: type-graphql resolves it with the first, which has a middleware; the
// second must not be called directly in its place.
@Resolver(() => Thing)
class GuardedFirst {
  @UseMiddleware(shout)
  @FieldResolver(() => String)
  twice(): string {
    return 'first';
  }
}

@Resolver(() => Thing)
class OpenSecond {
  @FieldResolver(() => String)
  twice(): string {
    return 'second';
  }
}

describe('resolveFieldsDirectly and callFieldResolversDirectly', () => {
  it('leave plain property reads to graphql-js, call field resolvers directly where nothing else is asked, and keep every rule', async () => {
    resolveFieldsDirectly();
    const schema = callFieldResolversDirectly(
      await buildSchema({ resolvers: [ThingResolver, GuardedFirst, OpenSecond], authChecker: () => false, authMode: 'null', validate: false }),
      [ThingResolver, GuardedFirst, OpenSecond],
    );
    const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();
    expect(Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.resolve !== undefined]))).toEqual({
      plain: false, secret: true, loud: true, renamed: true, derived: true, sameObject: true, direct: true, withArg: true, guarded: true, twice: true,
    });
    const direct = built.at(-1);
    const ctx = { user: 'u' };
    const answer = await graphql({ schema, contextValue: ctx, source: '{ thing { plain secret loud renamed derived sameObject direct withArg(suffix: "?") guarded twice } }' });
    expect(answer).toEqual({ data: { thing: { plain: 'a', secret: null, loud: 'L', renamed: 'o', derived: 'a!', sameObject: true, direct: 'a:u', withArg: 'a?', guarded: null, twice: 'FIRST' } } });
    // The direct call: the instance made with the schema, the root and the context as they are.
    expect(seen.find((s) => s.field === 'direct')).toEqual({ self: direct, root: row, ctx, field: 'direct' });
    // type-graphql's own call (an argument): the instance of its container, made at the first call.
    expect(seen.find((s) => s.field === 'withArg')!.self).not.toBe(direct);
  });
});
