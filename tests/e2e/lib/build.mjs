// Builds the production app into a private temporary folder (never the shared dist/), or reuses E2E_DIST.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

export function viteBuild(outDir, extraArgs = [], cwd = ROOT) {
  const vite = path.join(ROOT, 'node_modules/.bin/vite');
  const r = spawnSync(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...extraArgs], { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build ${extraArgs.join(' ')} failed (exit ${r.status})`);
  return outDir;
}

/**
 * E2E_DIST=<folder> → serve that existing build as is.
 * Otherwise → `vite build` into a fresh temp folder, removed by the returned cleanup.
 */
export function prepareBuild(label) {
  if (process.env.E2E_DIST) {
    const dir = path.resolve(process.env.E2E_DIST);
    if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`E2E_DIST=${dir} has no index.html`);
    return { dir, cleanup: () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-${label}-`));
  console.log(`building the production app into ${dir} …`);
  try { viteBuild(dir); } catch (e) { fs.rmSync(dir, { recursive: true, force: true }); throw e; }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
