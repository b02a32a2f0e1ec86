import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../shared/context.js';
import type { PlatformMetrics } from './metrics.js';

/**
 * Times every GraphQL operation over HTTP and counts the errors it sends by code. An operation that
 * never resolved (unparsable, invalid) has no name or kind to time it by: only its errors count.
 */
export function metricsPlugin(metrics: PlatformMetrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          if (operation) metrics.observeOperation(operationName, operation.operation, (performance.now() - started) / 1000);
          if (response.body.kind === 'single' && response.body.singleResult.errors) metrics.countErrors(response.body.singleResult.errors, 'http');
        },
      };
    },
  };
}
