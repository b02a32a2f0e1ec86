// Client types generated from the contract (schema/schema.graphql): `pnpm codegen` writes
// src/gql/ (checked in, never edited by hand); `pnpm test` runs `codegen:check`, which fails when a
// client document does not validate against the schema or when src/gql is stale. Every `gql` and
// `graphql` document under src/ is validated, migrated or not.
//
// Migrated: features/inbox, login, stats, cases, voting, app/session.operations.ts,
// shared/api/member.fragment.ts. To migrate another feature's operations.ts:
//   1. `import { graphql } from '../../gql'` and write each document as
//      `export const CASES = graphql(\`query Cases($first: Int!) { … }\`)`: no `gql`, no
//      `TypedDocumentNode<…>` annotation, no hand-written result or variable interfaces
//      (useQuery/useMutation infer both from the document);
//   2. spread fragments by name (`...MemberSummary`) and drop the `${FRAGMENT}` interpolations:
//      a generated document carries the fragment definitions it needs (graphql() accepts no `${}`);
//   3. where a component needs a named type, derive it from src/gql/graphql.ts:
//      `export type CaseRow = CasesQuery['cases']['edges'][number]['node']`,
//      `export type Decision = DecisionFieldsFragment`, inputs and variables by their generated
//      names (`CaseFilter`, `CastVoteMutationVariables`); enums from shared/api/enums.ts;
//   4. run `pnpm codegen`, then `pnpm --filter ./client run typecheck`.
//   Keep the documents as they were: the server's depth limit (10) counts a fragment spread as a
//   level, so a fragment added only to name a type can push a query over it; index the type instead.
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
