// The import panel's state machine: read a file in the worker (with progress and cancel), show
// the preview, re-read with another encoding, build the indicators, store the dataset.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { TextEncodingName } from '../data/import/encoding';
import type { ImportMapping } from '../data/import/mapping';
import { datasetId, type UserDataset } from '../data/import/userDataset';
import type { BuildContext } from '../data/import/userIndicator';
import { resolveYear, valuesByCode } from '../data/indicatorValues';
import type { Lang } from '../state/doc';
import { setIndicator, store } from '../state/store';
import { Comlink, startImportWorker, type ImportClient } from './importClient';
import type { Built, Preview, WorkerInit } from './importWorker';
import { both, failureMessage, it, limitMessage } from './importMessages';
import { nextTask } from './nextTask';
import { addDataset } from './userDataStore';
import type { DistrictMapping } from '../data/import/districtMatch';
import { setDistrict } from '../state/store';
import { districtIndicators } from '../state/districtView';

const POPULATION_ID = 'population';

export type Phase =
  | { kind: 'idle'; message?: string }
  | { kind: 'reading'; file: string; progress: number }
  | { kind: 'preview'; file: string; preview: Extract<Preview, { ok: true; mapping: unknown }> }
  | { kind: 'boundaries'; file: string; preview: Extract<Preview, { ok: true; boundaries: unknown }>['boundaries'] }
  | { kind: 'districts'; file: string; preview: Extract<Preview, { ok: true; districts: unknown }>['districts'] }
  | { kind: 'building'; file: string; progress: number }
  | { kind: 'done'; dataset: UserDataset }
  | { kind: 'error'; message: string };

function workerInit(data: AtlasData): WorkerInit {
  const pop = data.indicators.indicators.find((i) => i.id === POPULATION_ID && !i.userData);
  const year = pop ? resolveYear(pop, null) : 0;
  const values = pop ? valuesByCode(data.indicators, pop, year) : new Map();
  return {
    provinces: [...data.provinces],
    features: [...data.features],
    population: data.indicators.provinces.map((c) => values.get(c) ?? null),
    populationYear: year,
  };
}

const ERRORS = {
  empty: 'errEmpty',
  binary: 'errBinary',
  'not-json': 'errNotJson',
  'unsupported-json': 'errUnsupportedJson',
  'bad-xlsx': 'errBadXlsx',
  'no-header': 'errNoHeader',
  polygons: 'errPolygons',
} as const;

let imports = 0;

export function useImportSession(data: AtlasData, lang: Lang) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const clientRef = useRef<Promise<ImportClient> | null>(null);
  const fileRef = useRef<Blob | null>(null);
  const initRef = useRef<WorkerInit | null>(null);
  initRef.current ??= workerInit(data);

  const client = useCallback(() => {
    clientRef.current ??= startImportWorker(initRef.current as WorkerInit);
    return clientRef.current;
  }, []);

  /** The message for a failed step; a failed worker is dropped so the next file starts a new one. */
  const failure = useCallback(
    (e: unknown) => {
      if (e instanceof Error && e.name === 'WorkerFailedError') {
        void clientRef.current?.then((c) => c.terminate(), () => undefined);
        clientRef.current = null;
      }
      return failureMessage(lang, e);
    },
    [lang],
  );

  useEffect(() => {
    // Started when the panel opens, so posting the province geometry to the worker is not part
    // of reading the file.
    void client();
    return () => {
      void clientRef.current?.then((c) => c.terminate());
      clientRef.current = null;
    };
  }, [client]);

  const read = useCallback(
    async (file: Blob, name: string, encoding?: TextEncodingName) => {
      fileRef.current = file;
      setPhase({ kind: 'reading', file: name, progress: 0 });
      try {
        const c = await client();
        const progress = Comlink.proxy((p: number) => setPhase((s) => (s.kind === 'reading' ? { ...s, progress: p } : s)));
        const preview = await c.api.read(file, name, encoding, new Date().getFullYear(), progress);
        if (fileRef.current !== file) return;
        if (!preview.ok) setPhase({ kind: 'error', message: preview.error === 'limit' ? limitMessage(lang, preview.hit) : it(lang, ERRORS[preview.error]) });
        else if ('boundaries' in preview) setPhase({ kind: 'boundaries', file: name, preview: preview.boundaries });
        else if ('districts' in preview) setPhase({ kind: 'districts', file: name, preview: preview.districts });
        else setPhase({ kind: 'preview', file: name, preview });
      } catch (e) {
        if (fileRef.current === file) setPhase({ kind: 'error', message: failure(e) });
      }
    },
    [client, failure, lang],
  );

  const cancel = useCallback(() => {
    // Terminating the worker stops a parse at once; the next file starts a fresh one.
    fileRef.current = null;
    void clientRef.current?.then((c) => c.terminate());
    clientRef.current = null;
    setPhase({ kind: 'idle', message: it(lang, 'cancelled') });
  }, [lang]);

  const build = useCallback(
    async (file: string, mapping: ImportMapping) => {
      const token = fileRef.current;
      setPhase({ kind: 'building', file, progress: 0 });
      const id = datasetId(Date.now(), imports++);
      const ctx: BuildContext = {
        provinces: data.indicators.provinces,
        datasetId: id,
        fileName: file,
        source: { organisation: both('sourceOrg'), licence: it(lang, 'licence') },
        names: { rows: both('nameRows'), sumOf: both('nameSum'), meanOf: both('nameMean'), points: both('namePoints'), per100k: both('namePer100k') },
      };
      try {
        const c = await client();
        const progress = Comlink.proxy((p: number) => setPhase((s) => (s.kind === 'building' ? { ...s, progress: p } : s)));
        const built: Built = await c.api.build(mapping, ctx, progress);
        // For the benchmark: parse and match are done; what follows is the app showing the result.
        performance.mark('atlas:import-built');
        if (fileRef.current !== token) return;
        const dataset: UserDataset = {
          id,
          fileName: file,
          importedAt: new Date().toISOString(),
          indicators: built.indicators,
          ...(built.points ? { points: built.points } : {}),
          report: built.report,
          reportFile: built.reportFile,
        };
        // Adding the catalogue entries, switching the map to them, and copying the dataset into
        // IndexedDB each re-render or copy a lot: one task each, so none of them holds the page.
        await nextTask();
        if (fileRef.current !== token) return;
        await addDataset(dataset);
        const first = built.indicators[0];
        if (first) setIndicator(first.id);
        setPhase({ kind: 'done', dataset });
      } catch (e) {
        if (fileRef.current === token) setPhase({ kind: 'error', message: failure(e) });
      }
    },
    [client, data, failure, lang],
  );

  const applyBoundaries = useCallback(
    async (file: string) => {
      const token = fileRef.current;
      try {
        const { features, report } = await (await client()).api.boundaries();
        if (fileRef.current !== token) return;
        const dataset: UserDataset = {
          id: datasetId(Date.now(), imports++),
          fileName: file,
          importedAt: new Date().toISOString(),
          indicators: [],
          boundaries: features,
          report,
        };
        await addDataset(dataset);
        setPhase({ kind: 'done', dataset });
      } catch (e) {
        setPhase({ kind: 'error', message: failure(e) });
      }
    },
    [client, failure],
  );

  // District sets (districts.ts) and tables matched to them (districtMatch.ts).
  const keep = useCallback(
    async (token: Blob | null, dataset: UserDataset, district: string | null) => {
      if (fileRef.current !== token) return;
      await addDataset(dataset);
      setDistrict(district);
      setPhase({ kind: 'done', dataset });
    },
    [],
  );

  const applyDistricts = useCallback(
    async (file: string) => {
      const token = fileRef.current;
      try {
        const { set, report } = await (await client()).api.districts();
        const id = datasetId(Date.now(), imports++);
        await keep(token, { id, fileName: file, importedAt: new Date().toISOString(), indicators: [], districts: set, report }, null);
      } catch (e) {
        setPhase({ kind: 'error', message: failure(e) });
      }
    },
    [client, keep, failure],
  );

  const buildDistrictValues = useCallback(
    async (file: string, mapping: DistrictMapping, setId: string) => {
      const token = fileRef.current;
      const target = store.getState().session.userData.find((d) => d.id === setId)?.districts;
      if (!target) return;
      setPhase({ kind: 'building', file, progress: 0 });
      try {
        const props = target.features.map((f) => f.properties);
        const { indicators, report, reportFile } = await (await client()).api.buildDistrictValues(mapping, props, file);
        const before = districtIndicators(store.getState().session.userData, setId).length;
        const id = datasetId(Date.now(), imports++);
        const dataset: UserDataset = { id, fileName: file, importedAt: new Date().toISOString(), indicators: [], districtValues: { setId, indicators }, report, reportFile };
        await keep(token, dataset, indicators.length > 0 ? `${setId}.${before}` : null);
      } catch (e) {
        if (fileRef.current === token) setPhase({ kind: 'error', message: failure(e) });
      }
    },
    [client, keep, failure],
  );

  const rereadWith = useCallback(
    (name: string, encoding: TextEncodingName) => {
      if (fileRef.current) void read(fileRef.current, name, encoding);
    },
    [read],
  );

  const unmatched = useCallback(async (column: number) => (await client()).api.unmatched(column), [client]);

  return { phase, read, cancel, build, applyBoundaries, applyDistricts, buildDistrictValues, rereadWith, unmatched, reset: () => setPhase({ kind: 'idle' }) };
}
