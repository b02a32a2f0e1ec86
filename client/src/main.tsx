import { ApolloProvider } from '@apollo/client/react';
import i18n from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo.client';
import { AuthProvider } from './app/auth.context';
import { authStore } from './app/auth.store';
import { connectionStore } from './app/connection.store';
import { initI18n } from './app/i18n/i18n.setup';
import { AppRouter } from './app/router';
import './app/styles.css';
import './shared/ui/ui.css';
import './features/inbox/inbox.css';

const client = createApolloClient(authStore, () => i18n.language, connectionStore);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The reader's language is its own chunk: render once it is loaded.
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <AuthProvider>
          <AppRouter />
        </AuthProvider>
      </ApolloProvider>
    </StrictMode>,
  ),
);
