// The server for the browser tests and the budgets script: the real dev host with Azurite on free loopback ports.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ADDIN = resolve(import.meta.dirname, '..');
export const ROOT = resolve(ADDIN, '..');
export const DIST = join(ADDIN, 'dist');
const DEV_HOST = join(ROOT, 'functions/OutlookFollowUp.DevHost/OutlookFollowUp.DevHost.csproj');
const AZURITE = join(ROOT, 'tools/node_modules/.bin/azurite');

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createNetServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** The dev host with Azurite, serving addin/dist: the browser tests and the budgets always run against the real API. */
export async function startServer() {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('addin/dist is missing: run `npm run build` first.');
  if (!existsSync(AZURITE)) throw new Error(`Azurite is missing (${AZURITE}): run scripts/test.sh, which installs tools/.`);
  return startDevHost();
}

async function waitFor(url, timeoutMs, isDead) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    if (isDead?.()) throw new Error(`server exited before it was ready (${url})`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not ready after ${timeoutMs} ms: ${url} (${last})`);
}

function stop(child) {
  return new Promise((done) => {
    if (!child || child.exitCode !== null) return done();
    child.once('exit', () => done());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      done();
    }, 5000).unref();
  });
}

/** Azurite on free ports with a throw-away folder, then the dev host on a free loopback port, serving addin/dist. */
export async function startDevHost() {
  const [blob, queue, table, http] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const data = mkdtempSync(join(tmpdir(), 'followup-azurite-'));
  const log = [];
  const keep = (prefix) => (chunk) => { log.push(`${prefix}${chunk}`); if (log.length > 400) log.shift(); };
  const azurite = spawn(AZURITE, ['--silent', '--skipApiVersionCheck', '--location', data,
    '--blobHost', '127.0.0.1', '--blobPort', String(blob), '--queueHost', '127.0.0.1', '--queuePort', String(queue),
    '--tableHost', '127.0.0.1', '--tablePort', String(table)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  azurite.stdout.on('data', keep('[azurite] '));
  azurite.stderr.on('data', keep('[azurite] '));
  const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  const storage = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};` +
    `BlobEndpoint=http://127.0.0.1:${blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:${queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:${table}/devstoreaccount1;`;
  const url = `http://127.0.0.1:${http}`;
  // scripts/test.sh has built everything already; it names the configuration so the host is not built twice.
  const built = process.env.DEVHOST_CONFIGURATION;
  const args = ['run', '--project', DEV_HOST, '--no-launch-profile', ...(built ? ['-c', built, '--no-build'] : [])];
  const host = spawn('dotnet', args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', ASPNETCORE_URLS: url, Storage__ConnectionString: storage, AddIn__DistPath: DIST, DOTNET_NOLOGO: '1' },
  });
  host.stdout.on('data', keep('[devhost] '));
  host.stderr.on('data', keep('[devhost] '));
  const close = async () => {
    await stop(host);
    await stop(azurite);
    rmSync(data, { recursive: true, force: true });
  };
  try {
    await waitFor(`${url}/api/reasons`, 240_000, () => host.exitCode !== null || azurite.exitCode !== null);
  } catch (e) {
    await close();
    throw new Error(`${e.message}\n${log.join('').slice(-4000)}`);
  }
  return { url, close, log };
}

/** Debian's Chromium, headless, kept off the network (the closed network refuses its background connections). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'followup-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
