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
