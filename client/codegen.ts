// Client types generated from the contract (schema/schema.graphql): `pnpm codegen` writes
// src/gql/ (checked in, never edited by hand); `pnpm test` runs `codegen:check`, which fails when a
// client document does not validate against the schema or when src/gql is stale. Every `graphql`
// document under src/ is validated.
//
// Every client document is written with the generated `graphql()` (no `gql`, no
// `TypedDocumentNode<…>` anywhere under src/ but src/gql). To add or change a document:
//   1. `import { graphql } from '../../gql'` and write it as
//      `export const CASES = graphql(\`query Cases($first: Int!) { … }\`)`: no hand-written result or
//      variable interfaces (useQuery/useMutation infer both from the document);
//   2. spread fragments by name (`...MemberSummary`), no `${FRAGMENT}` interpolations (graphql()
//      accepts no `${}`): a generated document carries the fragment definitions it needs;
//   3. where a component needs a named type, derive it from src/gql/graphql.ts:
//      `export type CaseRow = CasesQuery['cases']['edges'][number]['node']`,
//      `export type Decision = DecisionFieldsFragment`, inputs and variables by their generated
//      names (`CaseFilter`, `CastVoteMutationVariables`); enums from shared/api/enums.ts (which also
//      holds the closed lists the schema leaves as plain strings, e.g. CLOSE_REASONS);
//   4. run `pnpm codegen`, then `pnpm --filter ./client run typecheck`.
//   Add no fragment only to name a type: the server's depth limit (10) counts a fragment spread as
//   a level, so such a fragment can push a query over it; index the type instead.
// build/gql-documents.ts (a Vite plugin) turns each graphql() call into an import of that one
// document, so a page ships only its own documents (what the preset's Babel plugin does).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  // The output is deterministic (so --check can compare bytes): the CLI sorts documents by path
  // and the schema lexicographically, and writes no timestamps or versions.
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components take plain typed props; no `useFragment` unmasking.
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // A nullable field is `T | null`, as the server sends it, not an optional property.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // Every enum, scalar and input of the schema, but no object types: results are typed per
        // document, and shared/api/enums.ts re-exports the enums.
        onlyOperationTypes: true,
        // A new scalar must be mapped here before it can be used (what the client has always used).
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
