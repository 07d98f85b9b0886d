// axe-core injected from node_modules (no network); returns serious and critical violations, printable.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build.mjs';

let source;
export async function axeSerious(page, context = 'body') {
  source ??= fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: source });
  const result = await page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`), more: Math.max(0, v.nodes.length - 5) }));
  }, context);
  return result;
}
export const formatViolations = (vs) => vs.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}${v.more ? `\n      … and ${v.more} more` : ''}`).join('\n');
