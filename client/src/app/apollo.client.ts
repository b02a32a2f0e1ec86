import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { tap } from 'rxjs';
import { isUnauthenticated } from '../shared/api/errors';
import type { AuthStore } from './auth.store';
import type { ConnectionStore } from './connection.store';
import { persistedDocumentsLink } from './persisted-documents.link';

const GRAPHQL_PATH = '/graphql';
// graphql-ws closes with 4403 when connection_init carries a bad or expired token.
const WS_FORBIDDEN = 4403;
// A ping every 10 s; no pong within 5 s means the socket is dead even if the browser has not noticed.
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

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
          // One list per filter and sort; "load more" appends pages by cursor.
          cases: relayStylePagination(['filter', 'sort']),
        },
      },
      CalendarDay: { keyFields: ['date'] },
      CaseEvent: { keyFields: ['seq'] },
      // Ephemeral room and inbox state: one object per case, one inbox per viewer.
      RoomPresence: { keyFields: ['caseId'] },
      PresentMember: { keyFields: false },
      InboxState: { keyFields: [] },
      // Value objects without an identity of their own stay inside their case.
      Applicant: { keyFields: false },
      Child: { keyFields: false },
      ChildProfile: { keyFields: false },
      Checklist: { keyFields: false },
      Extension: { keyFields: false },
      // The voting panel: the tally and findings live inside their round or vote, the settings are one.
      TallyView: { keyFields: false, merge: true },
      Finding: { keyFields: false },
      Voter: { keyFields: false },
      PanelSettings: { keyFields: [] },
      // What the viewer may do: each document asks for the booleans its screen needs, and the
      // answers of several documents on one case (or comment, or session) add up.
      ViewerAbilities: { keyFields: false, merge: true },
      CaseAbilities: { keyFields: false, merge: true },
      CommentAbilities: { keyFields: false, merge: true },
    },
  });
}

/** Exponential backoff with jitter, capped; coming back online cuts the wait short. */
function waitBeforeRetry(retries: number): Promise<void> {
  const delay = Math.min(RETRY_MIN_MS * 2 ** retries, RETRY_MAX_MS) + Math.floor(Math.random() * 500);
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = window.setTimeout(done, delay);
    window.addEventListener('online', done);
  });
}

/**
 * HTTP for queries and mutations, graphql-ws for subscriptions, both on /graphql with the bearer
 * token. Requests carry the interface language so the server may answer messages in it. The
 * socket retries forever and reports its state to `connection` for the "live / reconnecting /
 * offline" badge; subscriptions that must not miss events resume themselves by seq.
 */
export function createApolloClient(auth: AuthStore, language: () => string, connection: ConnectionStore): ApolloClient {
  const bearer = () => {
    const token = auth.getToken();
    return token ? `Bearer ${token}` : null;
  };

  const headers = () => {
    const authorization = bearer();
    const sent: Record<string, string> = { 'Accept-Language': language() };
    if (authorization) sent.Authorization = authorization;
    return sent;
  };

  let pongTimer: number | undefined;
  const wsClient = createClient({
    url: websocketUrl(GRAPHQL_PATH),
    lazy: true,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Infinity,
    retryWait: waitBeforeRetry,
    shouldRetry: () => true,
    connectionParams: () => {
      const authorization = bearer();
      return authorization ? { authorization } : {};
    },
    on: {
      connected: () => connection.connected(),
      closed: (event) => {
        window.clearTimeout(pongTimer);
        const code = (event as CloseEvent | undefined)?.code;
        connection.closed(code);
        if (code === WS_FORBIDDEN) auth.clear('expired');
      },
      ping: (received) => {
        if (received) return;
        window.clearTimeout(pongTimer);
        pongTimer = window.setTimeout(() => wsClient.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) window.clearTimeout(pongTimer);
      },
    },
  });

  // A lost network leaves the socket looking open for a while; drop it so the state is honest
  // and the subscriptions resume (from their last seq) once the network is back.
  window.addEventListener('offline', () => {
    connection.setBrowserOnline(false);
    wsClient.terminate();
  });
  window.addEventListener('online', () => connection.setBrowserOnline(true));

  // A session the server no longer accepts (over HTTP or the socket) signs the member out. A tap
  // rather than Apollo's ErrorLink, which nothing else needs: the shell stays within budget B6.
  const errorLink = new ApolloLink((operation, forward) => forward(operation).pipe(tap({
    next: (result) => { if (result.errors && isUnauthenticated(new CombinedGraphQLErrors(result))) auth.clear('expired'); },
    error: (error: unknown) => { if (isUnauthenticated(error)) auth.clear('expired'); },
  })));

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    ApolloLink.from([persistedDocumentsLink(headers), new HttpLink({ uri: GRAPHQL_PATH })]),
  );

  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: createCache(),
  });
}
