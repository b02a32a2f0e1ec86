import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

/** Longest name (operation, fragment, alias, variable) a document may use; real ones are a few dozen characters. */
export const NAME_MAX = 128;

/** Refuses a name past NAME_MAX: one token, so the token limit lets a 900 KB name through otherwise. */
export const maxNameLengthRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Name(node) {
    if (node.value.length > NAME_MAX) {
      context.reportError(new GraphQLError(`A name in the operation is longer than ${NAME_MAX} characters (operation name limit).`, { nodes: [] }));
    }
  },
});

/**
 * Over HTTP, only queries and mutations: a subscription runs on the WebSocket (graphql-ws). Apollo
 * would otherwise execute its root field once without a source event.
 */
export const noSubscriptionOverHttpRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions run over the WebSocket at /graphql (graphql-transport-ws), not over HTTP.', { nodes: [node] }));
    }
  },
});
