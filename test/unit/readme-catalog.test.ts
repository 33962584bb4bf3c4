import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../shared/detectors';
import { withCatalogTable } from '../../scripts/catalogTable';

describe('README supported-secrets table', () => {
  it('is the one generated from the current catalog (run `npm run docs:catalog` after changing detectors)', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    assert.equal(readme, withCatalogTable(readme, catalog));
  });
});
