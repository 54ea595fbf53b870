// Lint rules. Beyond the recommended sets, the pure core may not touch the DOM, the network,
// the clock, React or MapLibre: that keeps it testable in Node and honest (see STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const coreFiles = [
  'src/data/**/*.ts',
  'src/state/urlCodec.ts',
  'src/state/doc.ts',
  'src/map/layers/**/*.ts',
  'src/map/labelPlacement.ts',
  'src/map/labelPriority.ts',
  'src/map/selectors.ts',
  'src/map/basemapStyle.ts',
  'src/map/camera.ts',
  'src/map/tooltipPosition.ts',
  'src/map/mapSummary.ts',
  'src/map/labelCandidates.ts',
  'src/map/svg/svgMapLayout.ts',
  'src/map/svg/svgMapStyle.ts',
  'src/map/svg/mapSvgExport.ts',
  'src/bench/syntheticPoints.ts',
  'src/data/network.ts',
  'src/data/findPlace.ts',
  'src/i18n/format.ts',
  'src/i18n/messages.ts',
  'src/i18n/browserLang.ts',
  'src/lib/**/*.ts',
  'src/charts/**/*Layout.ts',
  'src/charts/scatter/placeLabels.ts',
  'src/charts/text.ts',
  'src/charts/scales.ts',
  'src/charts/chartFormat.ts',
  'src/charts/chartRows.ts',
  'src/charts/chartMessages.ts',
  'src/charts/keyboardNav.ts',
  'src/state/indicatorView.ts',
  'src/state/playback.ts',
  'src/panels/indicatorSearch.ts',
  'src/panels/parseBreaks.ts',
  'src/panels/sparklineLayout.ts',
  'src/embed/messages.ts',
  'src/embed/allowedOrigins.ts',
  'src/embed/snippet.ts',
  'src/export/csv.ts',
  'src/export/pngLayout.ts',
  'src/present/storyTypes.ts',
  'src/present/validateStory.ts',
  'src/present/storyMessages.ts',
  'src/present/slideState.ts',
  'src/present/storyKeys.ts',
  'src/present/storyKnown.ts',
  'src/present/markdown.ts',
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
    files: coreFiles,
    ignores: ['src/data/loadAtlasData.ts', 'src/data/loadRuntimePackages.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The pure core does not use React.' },
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
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The pure core does not read the clock.' },
        { object: 'performance', property: 'now', message: 'The pure core does not read the clock.' },
      ],
    },
  },
);
