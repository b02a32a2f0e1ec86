import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { NoSchemaIntrospectionCustomRule, specifiedRules, type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { maxNameLengthRule } from './document-rules.js';

/** Per-operation limits, the same over HTTP and WebSocket (DESIGN.md §5). */
export const LIMITS = {
  depth: 10,
  aliases: 15,
  directives: 20,
  cost: 5_000,
  tokens: 2_000,
} as const;

export const PARSE_OPTIONS = { maxTokens: LIMITS.tokens };

// graphql-armor's rules report a breach as a validation error (instead of throwing from inside
// validate), so HTTP and WS answer it alike; their messages name the limit that was passed.
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };

export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.depth, ...report }),
  maxAliasesRule({ n: LIMITS.aliases, ...report }),
  maxDirectivesRule({ n: LIMITS.directives, ...report }),
  costLimitRule({ maxCost: LIMITS.cost, ...report }),
  maxNameLengthRule,
] as ValidationRule[];

/** Everything an operation is validated against: GraphQL's own rules plus the limits. */
export const allRules: ValidationRule[] = [...specifiedRules, ...limitRules];

/** WebSocket operations: the same rules, and in production no introspection (Apollo's `introspection: false` on HTTP). */
export const wsRules = (production: boolean): ValidationRule[] => (production ? [...allRules, NoSchemaIntrospectionCustomRule] : allRules);

/**
 * GraphQL's "Did you mean …?" hints name parts of the schema; production leaves them out, on HTTP
 * (Apollo's `hideSchemaDetailsFromClientErrors`) and on WebSocket alike.
 */
export const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean(.+?)\?$/, '');
