// The shipped indicator catalogue, in the order the app lists it.
import { DEMOGRAPHY } from './catalogueDemography';
import { ECONOMY } from './catalogueEconomy';
import { EDUCATION } from './catalogueEducation';
import type { IndicatorSpec } from './spec';

export const CATALOGUE: readonly IndicatorSpec[] = [...DEMOGRAPHY, ...ECONOMY, ...EDUCATION];
