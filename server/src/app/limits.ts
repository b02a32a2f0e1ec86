import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { specifiedRules, type ValidationRule } from 'graphql';

/** Per-operation limits, the same over HTTP and WebSocket (DESIGN.md §5). */
export const LIMITS = {
  depth: 10,
  aliases: 15,
  directives: 20,
  cost: 5_000,
  tokens: 2_000,
} as const;

export const PARSE_OPTIONS = { maxTokens: LIMITS.tokens };

// graphql-armor's rules; their messages name the limit that was passed.
export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.depth }),
  maxAliasesRule({ n: LIMITS.aliases }),
  maxDirectivesRule({ n: LIMITS.directives }),
  costLimitRule({ maxCost: LIMITS.cost }),
] as ValidationRule[];

/** Everything an operation is validated against: GraphQL's own rules plus the limits. */
export const allRules: ValidationRule[] = [...specifiedRules, ...limitRules];
