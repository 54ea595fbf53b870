// Fetches the Data Packages a deployment lists in data-packages.json (a lazy chunk: only loaded
// when the list is not empty) and checks them with ./runtimePackage. Each package is all or
// nothing: any problem leaves it out and names it among the data failures; the others load.
import { DataFileError } from './atlasData';
import type { Indicator, IndicatorsFile } from './indicatorTypes';
import { packageIndicator, planPackage, readPackageConfig } from './runtimePackage';

async function fetchText(url: string, file: string): Promise<string> {
  const res = await fetch(url).catch((e: unknown) => {
    throw new DataFileError(file, e instanceof Error ? e.message : String(e));
  });
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status}`);
  return res.text();
}

/** Indicators of every valid package, and one failure per package (or config) that is not. */
export async function loadRuntimePackages(base: string, config: unknown, shipped: IndicatorsFile): Promise<{ indicators: Indicator[]; failures: DataFileError[] }> {
  let paths: string[];
  try {
    paths = readPackageConfig(config);
  } catch (e) {
    return { indicators: [], failures: [e instanceof DataFileError ? e : new DataFileError('data-packages.json', String(e))] };
  }
  const taken = new Set(shipped.indicators.map((i) => i.id));
  const results = await Promise.all(
    paths.map(async (path): Promise<{ indicators: Indicator[] } | { failure: DataFileError }> => {
      try {
        let json: unknown;
        const text = await fetchText(`${base}${path}`, path);
        try {
          json = JSON.parse(text);
        } catch {
          throw new DataFileError(path, 'not valid JSON');
        }
        const plans = planPackage(path, json, taken);
        const dir = path.slice(0, path.lastIndexOf('/') + 1);
        const csvs = await Promise.all(plans.map((p) => fetchText(`${base}${dir}${p.path}`, `${path} → ${p.path}`)));
        return { indicators: plans.map((p, i) => packageIndicator(`${path} → ${p.path}`, p, csvs[i] ?? '', shipped.provinces)) };
      } catch (e) {
        return { failure: e instanceof DataFileError ? e : new DataFileError(path, String(e)) };
      }
    }),
  );
  // Two packages may not both claim an id: the first listed keeps it.
  const indicators: Indicator[] = [];
  const failures: DataFileError[] = [];
  for (const [i, r] of results.entries()) {
    if ('failure' in r) failures.push(r.failure);
    else if (r.indicators.some((ind) => indicators.some((x) => x.id === ind.id))) failures.push(new DataFileError(paths[i] ?? '', 'an indicator id is already used by another package'));
    else indicators.push(...r.indicators);
  }
  return { indicators, failures };
}
