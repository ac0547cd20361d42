import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers point one way: model ← data ← graph ← state ← cy ← canvas ← features ← app.
const layer = (name, forbidden) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((f) => ({
            group: [`**/${f}`, `**/${f}/**`],
            message: `src/${name} must not import from src/${f} (layering: see README).`,
          })),
          ...(['model', 'data', 'graph', 'state', 'cy'].includes(name)
            ? [
                {
                  group: ['react', 'react-dom', 'react-cytoscapejs'],
                  message: 'pure logic never imports React',
                },
              ]
            : []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'tests/artifacts', 'graph-data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never inject HTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer('model', ['data', 'graph', 'state', 'cy', 'canvas', 'features', 'app']),
  layer('data', ['graph', 'state', 'cy', 'canvas', 'features', 'app']),
  layer('graph', ['state', 'cy', 'canvas', 'features', 'app']),
  layer('state', ['cy', 'canvas', 'features', 'app']),
  layer('cy', ['canvas', 'features', 'app']),
  layer('canvas', ['features', 'app']),
  layer('features', ['app']),
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/src/state/**',
                '**/src/cy/**',
                '**/src/canvas/**',
                '**/src/features/**',
                '**/src/app/**',
                'react',
                'react-dom',
              ],
              message: 'The CLI uses model/data/graph only.',
            },
          ],
        },
      ],
    },
  },
);
