import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { isUnauthenticated } from '../shared/api/errors';
import type { AuthStore } from './auth.store';

const GRAPHQL_PATH = '/graphql';
// graphql-ws closes with 4403 when connection_init carries a bad or expired token.
const WS_FORBIDDEN = 4403;

function websocketUrl(path: string): string {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per filter; "load more" appends pages by cursor.
          cases: relayStylePagination(['filter']),
        },
      },
      CalendarDay: { keyFields: ['date'] },
      CaseEvent: { keyFields: ['seq'] },
      // Value objects without an identity of their own stay inside their case.
      Applicant: { keyFields: false },
      Child: { keyFields: false },
      ChildProfile: { keyFields: false },
      Checklist: { keyFields: false },
      Extension: { keyFields: false },
    },
  });
}

/**
 * HTTP for queries and mutations, graphql-ws for subscriptions, both on /graphql with the bearer
 * token. Requests carry the interface language so the server may answer messages in it.
 */
export function createApolloClient(auth: AuthStore, language: () => string): ApolloClient {
  const bearer = () => {
    const token = auth.getToken();
    return token ? `Bearer ${token}` : null;
  };

  const authLink = new SetContextLink((prevContext) => {
    const authorization = bearer();
    const headers: Record<string, string> = { ...prevContext.headers, 'Accept-Language': language() };
    if (authorization) headers.Authorization = authorization;
    return { headers };
  });

  const wsClient = createClient({
    url: websocketUrl(GRAPHQL_PATH),
    lazy: true,
    connectionParams: () => {
      const authorization = bearer();
      return authorization ? { authorization } : {};
    },
    on: {
      closed: (event) => {
        if ((event as CloseEvent | undefined)?.code === WS_FORBIDDEN) auth.clear('expired');
      },
    },
  });

  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) auth.clear('expired');
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    ApolloLink.from([authLink, new HttpLink({ uri: GRAPHQL_PATH })]),
  );

  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: createCache(),
  });
}
