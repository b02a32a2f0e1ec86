import { isObjectType, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Two settings of type-graphql's metadata, made before the schema is built, that spare each field
 * of an answer work it does not need (a room open resolves ~2 700 fields):
 * - a field that is a plain read of its object's property — no roles, no middleware, the same name
 *   in the schema as on the class — is type-graphql's "simple" field: graphql-js reads it itself,
 *   instead of calling a wrapper that makes a resolver-data object and a closure (about three
 *   quarters of a room's fields). Field resolvers, getters included, keep theirs. The schema is built
 *   without global middlewares (schema.ts), which a simple field would skip;
 * - a field resolver's `@Root()` is the object as its parent resolved it (a plain row, mostly). Where
 *   the compiler emits decorator metadata (tsc, vitest; not tsx), type-graphql would otherwise copy
 *   each row into a new instance of the parameter's declared class (an entity, with the ORM's
 *   property accessors) for every call, so the same resolver met a different object in each build.
 */
export function resolveFieldsDirectly(): void {
  const storage = getMetadataStorage();
  const guarded = (target: unknown, name: string) =>
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === name)
    || storage.middlewares.some((m) => m.target === target && m.fieldName === name);
  for (const field of storage.fields) {
    if (field.simple === undefined && field.name === field.schemaName && !guarded(field.target, field.name)) field.simple = true;
  }
  for (const param of storage.params) {
    if (param.kind === 'root') param.getType = undefined;
  }
}

type ParamMetadata = ReturnType<typeof getMetadataStorage>['params'][number];
type Pick = (root: unknown, ctx: unknown, info: GraphQLResolveInfo) => unknown;
type FieldResolve = (root: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/** The values of a resolver method's parameters, when each is the root, the context (or a property of it) or the info. */
function parameterPicks(params: readonly ParamMetadata[]): Pick[] | null {
  const picks: Pick[] = [];
  for (const p of [...params].sort((a, b) => a.index - b.index)) {
    if (p.kind === 'root' && !p.getType) picks.push(p.propertyName ? (root: unknown) => (root as Record<string, unknown>)[p.propertyName!] : (root: unknown) => root);
    else if (p.kind === 'context') picks.push(p.propertyName ? (_r: unknown, ctx: unknown) => (ctx as Record<string, unknown>)[p.propertyName!] : (_r: unknown, ctx: unknown) => ctx);
    else if (p.kind === 'info') picks.push((_r: unknown, _c: unknown, info: GraphQLResolveInfo) => info);
    else return null;
  }
  return picks;
}

/** A call of `method` on `self` with the picked parameters (no array made for up to two). */
function direct(self: object, method: (...args: unknown[]) => unknown, picks: Pick[]): FieldResolve {
  const [first, second] = picks;
  if (picks.length === 0) return () => method.call(self);
  if (picks.length === 1) return (root, _args, ctx, info) => method.call(self, first(root, ctx, info));
  if (picks.length === 2) return (root, _args, ctx, info) => method.call(self, first(root, ctx, info), second(root, ctx, info));
  return (root, _args, ctx, info) => method.apply(self, picks.map((pick) => pick(root, ctx, info)));
}

/**
 * After the schema is built: a field resolver method without roles or middleware whose parameters
 * are only its root, the context and the info is called directly, with those — what type-graphql's
 * own call does for it, without the resolver-data object, the middleware chain and the sorting of
 * its parameters on every call (a room open makes ~700 such calls: each comment's author, revisions,
 * mentions, abilities…). The resolver classes hold no state (one instance per class here, as in
 * type-graphql's container). Anything else keeps type-graphql's call.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolvers: readonly unknown[]): GraphQLSchema {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, (...args: unknown[]) => unknown>>();
  const calls = new Map<GraphQLField<unknown, unknown>, FieldResolve | null>();
  for (const fr of storage.fieldResolvers) {
    if (fr.kind !== 'external' || !resolvers.includes(fr.target)) continue;
    const typeName = storage.objectTypes.find((o) => o.target === fr.getObjectType?.())?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[fr.schemaName] : undefined;
    if (!field) continue;
    const picks = fr.roles === undefined && !fr.middlewares?.length ? parameterPicks(fr.params ?? []) : null;
    if (calls.has(field) || !picks) {
      // Roles, middleware, parameters that need type-graphql, or more than one method for the field: its own call.
      calls.set(field, null);
      continue;
    }
    let instance = instances.get(fr.target);
    if (!instance) instances.set(fr.target, (instance = new (fr.target as new () => Record<string, (...args: unknown[]) => unknown>)()));
    calls.set(field, direct(instance, instance[fr.methodName], picks));
  }
  for (const [field, call] of calls) if (call) field.resolve = call;
  return schema;
}
