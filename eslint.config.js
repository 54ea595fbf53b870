// Lint rules. Beyond the recommended sets, two rules keep the layers of the code visible
// (STYLE.md, README "How the code is laid out"):
// - imports go down: each folder of src/ may import only the folders below it (LAYERS);
// - the pure core is pure by default: every .ts module under src/ may not touch the DOM, the
//   network, the clock, React or MapLibre, unless its folder or name says it is shell (SHELL).
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * What each folder of src/ may import, besides itself. The order, bottom up: lib → data → state →
 * i18n → ui → the map's plug-ins and the panels → the map → export → the modes → app → main.tsx.
 */
const BASE = ['lib', 'data', 'state', 'i18n', 'ui'];
const LAYERS = {
  lib: [],
  data: ['lib'],
  state: ['lib', 'data'],
  i18n: ['lib', 'data', 'state'],
  ui: ['lib', 'data', 'state', 'i18n'],
  districts: BASE,
  charts: BASE,
  panels: BASE,
  import: BASE,
  map: [...BASE, 'districts'],
  export: [...BASE, 'map', 'charts'],
  present: [...BASE, 'map', 'charts', 'panels', 'districts'],
  embed: [...BASE, 'map', 'charts', 'panels'],
  share: [...BASE, 'map', 'charts', 'embed', 'export'],
  bench: [...BASE, 'map'],
  app: [...BASE, 'districts', 'charts', 'panels', 'import', 'map', 'export', 'present', 'embed', 'share'],
};

/** The top folder of src/ a file is in ('main.tsx' for files at the top), or null outside src/. */
function layerOf(file) {
  const rel = path.relative(path.resolve('src'), file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

/** A local rule: imports go down the layers. Relative imports are resolved; packages are free. */
const layersPlugin = {
  rules: {
    'imports-go-down': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const from = layerOf(context.filename);
        if (!from || from === 'main.tsx') return {};
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = path.resolve(path.dirname(context.filename), source);
          const to = layerOf(target);
          if (to === from) return;
          if (to === null) return context.report({ node, message: `src/ does not import from outside src/ (${source}).` });
          const allowed = LAYERS[from];
          if (!allowed) return context.report({ node, message: `src/${from}/ has no place in LAYERS (eslint.config.js): add it.` });
          if (!allowed.includes(to)) context.report({ node, message: `src/${from}/ may not import src/${to}/ (imports go down: ${allowed.join(', ') || 'nothing'}).` });
        };
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ImportExpression: (n) => check(n, n.source.type === 'Literal' ? n.source.value : null),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
        };
      },
    },
  },
};

/**
 * The shell, by convention: components (.tsx) and .ts modules named for what they do to the page: use… (React hooks), load… (fetch), start…/install… (start something on
 * the page and return its cleanup), lazy… (lazy components), download…, …Worker (a worker's
 * entry), …Store (browser storage), …Dom (reads or draws the DOM or a canvas), …Controller (a
 * class that owns a live imperative object, such as the map).
 */
const SHELL = [
  'src/**/*.tsx',
  'src/**/{use,load,start,install,lazy,download}[A-Z]*.ts',
  'src/**/download.ts',
  'src/**/*{Worker,Store,Dom,Controller}.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'bench/dist/', 'node_modules/', 'public/', 'tests/e2e/output/', 'bench/output/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The partner-page example: plain browser scripts, as a partner would copy them.
  { files: ['examples/**/*.js'], languageOptions: { sourceType: 'script', globals: { ...globals.browser } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Hosts draw the one map (map/AtlasMap): the bare renderers would lose the SVG fallback and the
    // context-loss recovery. Before the core block, which sets its own no-restricted-imports.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/map/MapView', '**/map/svg/SvgMapView'],
              message: 'Hosts use AtlasMap (map/AtlasMap): it chooses WebGL or SVG and recovers from a lost context.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports-go-down': 'error' },
  },
  {
    // The pure core: every .ts module under src/ that is not shell by its folder or name (SHELL).
    files: ['src/**/*.ts'],
    ignores: SHELL,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The pure core does not use React (types only).', allowTypeImports: true },
            { name: 'react-dom', message: 'The pure core does not use React.' },
            { name: 'maplibre-gl', message: 'The pure core does not touch MapLibre (types only).', allowTypeImports: true },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The pure core does not touch window.' },
        { name: 'document', message: 'The pure core does not touch the DOM.' },
        { name: 'fetch', message: 'Loaders fetch; the core takes values.' },
        { name: 'history', message: 'Only urlSync touches history.' },
        { name: 'localStorage', message: 'The pure core has no storage.' },
        { name: 'navigator', message: 'Pass languages in as arguments.' },
        { name: 'location', message: 'The pure core takes the URL as a value.' },
        { name: 'indexedDB', message: 'The pure core has no storage.' },
        { name: 'XMLHttpRequest', message: 'Loaders fetch; the core takes values.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The pure core does not read the clock: take the time as an argument.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The pure core does not read the clock.' },
        { object: 'performance', property: 'now', message: 'The pure core does not read the clock.' },
      ],
    },
  },
);
