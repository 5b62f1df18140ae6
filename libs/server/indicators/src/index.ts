export { IndicatorsModule } from './indicators.module';
export { INDICATORS, indicatorByCode } from './catalogue/catalogue';
export type { IndicatorDefinition, IndicatorSqlContext } from './catalogue/indicator-definition';
export { MANAGEMENT_POSITIONS, createBasePopulation } from './compute/base-population';
export { computeMunicipalityIndicators, valueOf } from './compute/compute-indicators';
export type { IndicatorPeriod, IndicatorValue } from './compute/compute-indicators';
