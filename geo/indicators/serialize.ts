// Serialises indicators.json with a fixed key order and layout, so the same catalogue always gives
// the same bytes (the reproducibility test compares them) and a data change shows as a small diff.
import type { Aggregation, Bilingual, Indicator, IndicatorSource, IndicatorsFile } from '../../src/data/indicatorTypes';

/**
 * Compact JSON with one indicator per line. Keys follow the order of indicatorTypes.ts whatever
 * order the objects were built in; year keys ("2015") are integer-like, so JSON keeps them
 * ascending; optional keys left undefined are dropped by JSON.stringify.
 */
export function serializeIndicators(file: IndicatorsFile): string {
  const lines = file.indicators.map((ind) => JSON.stringify(orderIndicator(ind)));
  return `{"provinces":${JSON.stringify(file.provinces)},"indicators":[\n${lines.join(',\n')}\n]}\n`;
}

function orderIndicator(ind: Indicator): Indicator {
  return {
    id: ind.id,
    label: bilingual(ind.label),
    description: bilingual(ind.description),
    unit: ind.unit,
    polarity: ind.polarity,
    decimals: ind.decimals,
    aggregation: orderAggregation(ind.aggregation),
    years: ind.years,
    values: ind.values,
    national: ind.national,
    source: orderSource(ind.source),
    derivedFrom: ind.derivedFrom,
  };
}

function orderAggregation(a: Aggregation): Aggregation {
  switch (a.kind) {
    case 'sum':
    case 'none':
      return { kind: a.kind };
    case 'ratio':
      return { kind: a.kind, numerator: a.numerator, denominator: a.denominator, scale: a.scale, denominatorYear: a.denominatorYear };
    case 'weighted-mean':
      return { kind: a.kind, weight: a.weight };
    default: {
      const never: never = a;
      throw new Error(`unknown aggregation ${JSON.stringify(never)}`);
    }
  }
}

function orderSource(s: IndicatorSource): IndicatorSource {
  return {
    organisation: bilingual(s.organisation),
    title: s.title,
    url: s.url,
    year: s.year,
    licence: s.licence,
    note: s.note === undefined ? undefined : bilingual(s.note),
  };
}

function bilingual(b: Bilingual): Bilingual {
  return { th: b.th, en: b.en };
}

