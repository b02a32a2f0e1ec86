import { defaultFieldResolver, getNullableType, isListType, isScalarType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { RECUSED_CASE_FIELDS, RECUSED_EVENT_FIELDS } from '../modules/cases/case.policy.js';
import { recusedRefusal } from '../shared/recusal.js';
import type { Context } from '../shared/context.js';

/** The types that belong to one case, how to find the case of an object, and what a recused viewer keeps of it. */
const CASE_OWNED: Record<string, { caseOf: (root: never) => string | null; visible: ReadonlySet<string> }> = {
  Case: { caseOf: (c: { id: string }) => c.id, visible: RECUSED_CASE_FIELDS },
  CaseEvent: { caseOf: (e: { caseId: string | null }) => e.caseId, visible: RECUSED_EVENT_FIELDS },
};

/** What a withheld field resolves to: an empty list, an empty JSON object, or FORBIDDEN (null in place). */
function withheldValue(field: GraphQLField<unknown, unknown>): () => unknown {
  const type = getNullableType(field.type);
  if (isListType(type)) return () => [];
  if (isScalarType(type) && type.name === 'JSON') return () => ({});
  return () => { throw recusedRefusal(); };
}

/**
 * Whether the viewer recused from `caseId`: a boolean once the case's recusals are known to these
 * loaders (a request's, or one event's of a subscription: refreshForEvent gives each its own), so
 * later fields of the case are decided without a promise; else the look-up (batched).
 */
function recusedFrom(ctx: Context, caseId: string): boolean | Promise<boolean> {
  return ctx.loaders.recusedKnown(caseId) ?? ctx.loaders.recused.load(caseId);
}

/**
 * Applies recusal in one place to every field, present and future, of the types that belong to a
 * case: for a viewer who recused from that case, a field outside the visible set is withheld (an
 * empty list, an empty payload, or FORBIDDEN) — so
 * its comments, timeline, votes, decision, documents and texts never reach them (through the case,
 * its events or the panel's feed), while the queue still lists it by number and status. An event
 * of a case's own feed is not looked up again: that feed admitted the viewer (`admittedCase`).
 */
export function guardRecusedCaseFields(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, { caseOf, visible }] of Object.entries(CASE_OWNED)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      if (visible.has(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const withheld = withheldValue(field);
      // Synchronous when nothing is looked up, so an event of a case's feed executes without a promise.
      field.resolve = (root, args, ctx: Context, info) => {
        const caseId = caseOf(root as never);
        if (!caseId || !ctx.viewer || caseId === ctx.admittedCase) return resolve(root, args, ctx, info);
        const recused = recusedFrom(ctx, caseId);
        if (typeof recused === 'boolean') return recused ? withheld() : resolve(root, args, ctx, info);
        return recused.then((r) => (r ? withheld() : resolve(root, args, ctx, info)));
      };
    }
  }
  return schema;
}
