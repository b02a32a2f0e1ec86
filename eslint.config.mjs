// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { MODULE_DEPENDENCIES } from './server/module-dependencies.mjs';

/**
 * The server's layers: `app` (transport, composition, tooling) → `modules/*` → `shared`, nothing
 * upward; a module imports only the modules MODULE_DEPENDENCIES allows it (an acyclic order,
 * checked by server/module-dependencies.test.ts). Tests and test support may import anything.
 */
const serverLayers = {
  files: ['server/src/**/*.ts'],
  ignores: ['**/*.test.ts', '**/*.test-support.ts', 'server/src/test-support/**'],
  plugins: { boundaries },
  settings: {
    'boundaries/include': ['server/src/**/*'],
    'boundaries/elements': [
      // main.ts, the entry, imports app/ and nothing imports it.
      { type: 'app', pattern: ['server/src/app', 'server/src/db'] },
      { type: 'module', pattern: 'server/src/modules/*', capture: ['name'] },
      { type: 'shared', pattern: ['server/src/shared', 'server/src/config'] },
    ],
    'import/resolver': { typescript: { project: 'server/tsconfig.json' } },
  },
  rules: {
    'boundaries/dependencies': ['error', {
      default: 'disallow',
      policies: [
        { from: { element: { type: 'app' } }, allow: { to: { element: { types: ['app', 'module', 'shared'] } } } },
        { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
        ...Object.entries(MODULE_DEPENDENCIES).map(([name, allowed]) => ({
          from: { element: { type: 'module', captured: { name } } },
          allow: { to: { element: [{ type: 'shared' }, { type: 'module', captured: { name: [name, ...allowed] } }] } },
        })),
      ],
    }],
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'client/src/gql/**', '.ci/**', 'test/bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Modules add their loaders and process-wide parts to shared/context.ts by `interface X extends …`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  { files: ['**/*.mjs', 'scripts/**', 'server/src/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['client/src/**/*.tsx', 'client/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  serverLayers,
);
