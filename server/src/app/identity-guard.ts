import { defaultFieldResolver, getNamedType, isObjectType, isUnionType, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { maySeeIdentity } from '../modules/cases/case.policy.js';
import { secretsOf } from '../modules/cases/retention.texts.js';
import { FREE_TEXT_FIELDS, IDENTIFYING_FIELDS } from '../modules/cases/text.policy.js';
import { identityRedactor, REDACTED } from '../shared/privacy/redact.js';
import type { Context } from '../shared/context.js';

type Path = GraphQLResolveInfo['path'];
type Redactor = (text: string) => string;

/** The types whose content belongs to cases: what Case, its events and notifications reach. */
const ROOTS = ['Case', 'CaseEvent', 'Notification'];

/** Per request: which object (by its path) belongs to which case, and one redactor per case. */
interface Scope { caseAt: WeakMap<Path, string>; redactors: Map<string, Promise<Redactor>> }
const scopes = new WeakMap<Context, Scope>();
const scopeOf = (ctx: Context): Scope => {
  let s = scopes.get(ctx);
  if (!s) scopes.set(ctx, (s = { caseAt: new WeakMap(), redactors: new Map() }));
  return s;
};

/** The case an object names itself: a case's id, an event's caseId, or the `case` it references. */
function ownCase(typeName: string, root: unknown): string | undefined {
  const r = root as { id?: string; caseId?: string | null; case?: { id?: string } | null } | null;
  if (!r) return undefined;
  return typeName === 'Case' ? r.id : (r.caseId ?? r.case?.id ?? undefined);
}

/** The case of an object that does not name it (an episode, a vote …): that of its nearest ancestor that did. */
function ancestorCase(scope: Scope, path: Path | undefined): string | undefined {
  for (let p = path; p; p = p.prev) {
    const id = scope.caseAt.get(p);
    if (id) return id;
  }
  return undefined;
}

/** The child's and the applicant's names, contact and school for one case, as a redactor (generic phones and e-mails without a case). */
function redactorFor(ctx: Context, scope: Scope, caseId: string | undefined): Promise<Redactor> {
  const key = caseId ?? '';
  let r = scope.redactors.get(key);
  if (!r) {
    r = (async () => {
      const [row] = caseId
        ? await ctx.em.execute<{ child_name: string; applicant_name: string; applicant_contact: string; child_school: string | null }[]>(
          'select child_name, applicant_name, applicant_contact, child_school from "case" where id = ?', [caseId])
        : [];
      return identityRedactor(row
        ? secretsOf({ childName: row.child_name, applicantName: row.applicant_name, applicantContact: row.applicant_contact, childSchool: row.child_school })
        : { names: [], phones: [], emails: [], schools: [] });
    })();
    scope.redactors.set(key, r);
  }
  return r;
}

const redactDeep = (value: unknown, redact: Redactor): unknown => {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
  }
  return value;
};

/** Whether this request's viewer reads case content without the right to identity (an advisor). */
const withoutIdentity = (ctx: Context) => !!ctx.viewer && !maySeeIdentity(ctx.viewer, { recused: false });

function wrap(type: GraphQLObjectType, field: GraphQLField<unknown, Context>, coordinate: string) {
  const resolve = field.resolve ?? defaultFieldResolver;
  const freeText = FREE_TEXT_FIELDS.has(coordinate);
  const identifying = IDENTIFYING_FIELDS.has(coordinate);
  const named = getNamedType(field.type);
  const holdsObjects = isObjectType(named) || isUnionType(named);
  if (!freeText && !identifying && !holdsObjects) return;
  field.resolve = (root, args, ctx, info) => {
    if (!withoutIdentity(ctx)) return resolve(root, args, ctx, info);
    const scope = scopeOf(ctx);
    const own = ownCase(type.name, root);
    // Children of this object (episodes of a case, votes of a round) find their case through it.
    if (own && info.path.prev) scope.caseAt.set(info.path.prev, own);
    if (holdsObjects) return resolve(root, args, ctx, info);
    if (identifying) return REDACTED;
    return (async () => {
      const value = await resolve(root, args, ctx, info);
      if (value == null) return value;
      return redactDeep(value, await redactorFor(ctx, scope, own ?? ancestorCase(scope, info.path.prev)));
    })();
  };
}

/**
 * One identity rule for every text (DESIGN.md §5): for a viewer who reads cases without the right
 * to identity, every free-text field of a case's content (modules/cases/text.policy.ts) is
 * redacted — the child's and the applicant's names in every inflected form, their phone, e-mail
 * and school, and any phone or e-mail — over HTTP and in live events alike.
 */
export function guardIdentityInTexts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of contentTypes(schema)) {
    for (const field of Object.values(type.getFields())) wrap(type, field as GraphQLField<unknown, Context>, `${type.name}.${field.name}`);
  }
  return schema;
}

/** Every object type reachable from Case, CaseEvent and Notification (through unions too: an event's `details`). */
export function contentTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const seen = new Map<string, GraphQLObjectType>();
  const queue = ROOTS.map((n) => schema.getType(n)).filter(isObjectType);
  while (queue.length) {
    const type = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.set(type.name, type);
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (isObjectType(named)) queue.push(named);
      else if (isUnionType(named)) queue.push(...named.getTypes());
    }
  }
  return [...seen.values()];
}
