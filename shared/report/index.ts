// Report formats shared by the CLI (and anything else that prints scan results).

export { formatText, type TextOptions } from './text';
export { formatJson, toJsonReport, type JsonFinding, type JsonReport, type JsonSkipped } from './json';
export { toSarif, FINGERPRINT_ID, type SarifOptions } from './sarif';
export { LineIndex, type LinePosition } from './lines';
export { locateFindings, summarize, type LocatedFinding, type ScanResults, type ScannedFile, type Summary } from './model';
