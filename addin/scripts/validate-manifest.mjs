// `npm run validate:manifest`: validates the unified (JSON) manifests offline with office-addin-manifest, whose JSON
// schemas ship in @microsoft/app-manifest. (Its XML validation posts to a Microsoft service, which this network does
// not reach; the XML manifests are checked by manifest/manifests.test.ts instead.)
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { validateManifest } = require('office-addin-manifest/lib/validate.js');
let failed = 0;
for (const file of ['manifest.json', 'manifest.dev.json']) {
  const result = await validateManifest(join(import.meta.dirname, '..', 'manifest', file));
  const errors = result.report?.errors?.map((e) => e.content) ?? [];
  console.log(`${file}: ${result.isValid ? 'valid' : 'INVALID'}${errors.length ? `\n  ${errors.join('\n  ')}` : ''}`);
  if (!result.isValid) failed++;
}
process.exit(failed ? 1 : 0);
