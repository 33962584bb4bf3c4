// `npm run docs:catalog`: rewrites the README's supported-secrets table from the catalog.
import { readFileSync, writeFileSync } from 'node:fs';
import { catalog } from '../shared/detectors';
import { withCatalogTable } from './catalogTable';

const path = 'README.md';
writeFileSync(path, withCatalogTable(readFileSync(path, 'utf8'), catalog));
console.log(`README.md: catalog table written (${catalog.length} detectors)`);
