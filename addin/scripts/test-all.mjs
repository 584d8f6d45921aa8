// `npm test`: unit tests (Vitest), then browser tests (node:test + Playwright on Debian's Chromium), then one summary line.
// The browser tests need a build (addin/dist); run `npm run build` first, or set ADDIN_BUILD=1 to build here.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const addin = join(import.meta.dirname, '..');
const results = join(addin, 'test-results');
mkdirSync(results, { recursive: true });

function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: addin, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'], env: process.env });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

if (process.env.ADDIN_BUILD === '1' || !existsSync(join(addin, 'dist', 'taskpane.html'))) {
  const build = await run('npm', ['run', '--silent', 'build']);
  if (build.code !== 0) process.exit(build.code);
}

const unit = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'vitest.json')}`]);
let unitPassed = 0;
let unitFailed = 0;
try {
  const report = JSON.parse(readFileSync(join(results, 'vitest.json'), 'utf8'));
  unitPassed = report.numPassedTests;
  unitFailed = report.numFailedTests + (report.numTotalTestSuites && !report.success && report.numFailedTests === 0 ? 1 : 0);
} catch {
  unitFailed = 1;
}

const browser = await run('node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/browser/'], { capture: true });
// eslint-disable-next-line no-control-regex
const plain = browser.out.replace(/\u001b\[[0-9;]*m/g, '');
const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)`, 'm').exec(plain)?.[1] ?? 0);
const browserPassed = count('pass');
const browserFailed = count('fail') + count('cancelled') + (browser.code !== 0 && count('fail') === 0 ? 1 : 0);
const skipped = count('skipped');

console.log(`\nadd-in unit tests: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`add-in browser tests: ${browserPassed} passed, ${browserFailed} failed`);
console.log(`screenshots: addin/test-results/*.png`);
const failed = unitFailed + browserFailed;
console.log(`addin: ${unitPassed + browserPassed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || unit.code !== 0 || browser.code !== 0 ? 1 : 0);
