import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offersStatsExplorer } from '../../../app/access.policy';
import { useAbilities } from '../../../app/auth.context';
import { requestHeaders } from '../../../shared/api/files';
import { NoPageAccess } from '../../../shared/ui/no-access';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { defaultPeriod } from '../stats.period';
import { EXPLORER_EXAMPLES, exampleVariables, FIELD_HELP_KEYS, type ExplorerExample } from './explorer.examples';
import { operationToSend } from './explorer.operation';
import '../stats.css';

type Fetcher = GraphiQLProps['fetcher'];
type EditorStorage = NonNullable<GraphiQLProps['storage']>;

// Same endpoint and token as the app; the server applies the same roles and suppression. The
// operation name goes only when the edited text still defines it (explorer.operation.ts).
const fetcher: Fetcher = async (params) => {
  const operationName = operationToSend(params.query, params.operationName);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...requestHeaders() },
    body: JSON.stringify({ ...params, operationName }),
  });
  return response.json();
};

/** Tabs live for the page only: a chosen example must open as written, not as an old tab left it. */
function memoryStorage(): EditorStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  } as EditorStorage;
}

export function ExplorerPage() {
  const { t } = useTranslation();
  const can = useAbilities();
  usePageTitle(t('stats.explorer.title'));
  if (!offersStatsExplorer(can)) return <NoPageAccess />;
  return <Explorer />;
}

function Explorer() {
  const { t } = useTranslation();
  const [example, setExample] = useState<ExplorerExample>(EXPLORER_EXAMPLES[0]);
  const variables = useMemo(() => exampleVariables(defaultPeriod()), []);

  return (
    <div className="stack explorer" data-testid="explorer">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('stats.explorer.title')}</h1>
          <p className="muted">{t('stats.explorer.lead')}</p>
        </div>
        <Link className="button button--small button--ghost" to="/stats">
          {t('stats.explorer.back')}
        </Link>
      </div>
      {/* The editor takes the full width; the examples sit above it and the fields' help below. */}
      <nav className="explorer__bar" aria-labelledby="explorer-examples-title">
        <h2 className="subheading" id="explorer-examples-title">
          {t('stats.explorer.examples')}
        </h2>
        <ul className="explorer__examples" data-testid="explorer-examples">
          {EXPLORER_EXAMPLES.map((e) => (
            <li key={e.id}>
              <button type="button" className={`explorer__example${e.id === example.id ? ' is-active' : ''}`}
                aria-pressed={e.id === example.id} data-testid={`example-${e.id}`} onClick={() => setExample(e)}>
                {t(`stats.example.${e.id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="explorer__editor" data-testid="explorer-editor">
        <ExampleEditor key={example.id} example={example} variables={variables} />
      </div>
      <details className="card explorer__help">
        <summary className="subheading">{t('stats.explorer.fieldsTitle')}</summary>
        <dl data-testid="explorer-field-help">
          {FIELD_HELP_KEYS.map((key) => (
            <div key={key}>
              <dt>
                <code>{key}</code>
              </dt>
              <dd>{t(`stats.field.${key}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

/** One editor per chosen example, remounted with a fresh store so it opens the example as written. */
function ExampleEditor({ example, variables }: { example: ExplorerExample; variables: string }) {
  const [storage] = useState(memoryStorage);
  return (
    <GraphiQL fetcher={fetcher} storage={storage} initialQuery={example.query} initialVariables={variables}
      isHeadersEditorEnabled={false} defaultEditorToolsVisibility="variables" forcedTheme="light" />
  );
}
