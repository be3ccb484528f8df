// Renders every processes/*.bpmn to docs/diagrams/<name>.png with bpmn-js in Debian's headless
// Chromium, offline: `npm run render-diagrams` (README: Changing a process in Camunda Modeler).
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// This script lives in .ci/lint/ with its node_modules; the project root is two folders up.
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const viewer = join(here, 'node_modules', 'bpmn-js', 'dist');
const work = mkdtempSync(join(tmpdir(), 'render-diagrams-'));
const margin = 40;

for (const file of readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(join(root, 'processes', file), 'utf8');
  const name = basename(file, '.bpmn');
  // The picture's size: everything the diagram draws, labels (which sit below shapes) included.
  let maxX = 0, maxY = 0, minX = Infinity, minY = Infinity;
  for (const m of xml.matchAll(/<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
    const [x, y, w, h] = m.slice(1).map(Number);
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h + 40);
  }
  for (const m of xml.matchAll(/<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g)) {
    minX = Math.min(minX, +m[1]); minY = Math.min(minY, +m[2]);
    maxX = Math.max(maxX, +m[1]); maxY = Math.max(maxY, +m[2]);
  }
  const width = Math.ceil(maxX - minX + 2 * margin);
  const height = Math.ceil(maxY - minY + 2 * margin);
  const page = join(work, name + '.html');
  writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${viewer}/assets/bpmn-js.css">
<style>html,body,#canvas{margin:0;width:${width}px;height:${height}px;background:#fff;overflow:hidden}</style>
<script src="file://${viewer}/bpmn-viewer.production.min.js"></script></head>
<body><div id="canvas"></div><script>
const viewer = new BpmnJS({ container: '#canvas' });
viewer.importXML(${JSON.stringify(xml)}).then(() => {
  viewer.get('canvas').viewbox({ x: ${minX - margin}, y: ${minY - margin}, width: ${width}, height: ${height} });
}).catch(e => { document.body.textContent = 'Cannot draw ${file}: ' + e.message; });
</script></body></html>`);
  const png = join(root, 'docs', 'diagrams', name + '.png');
  execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars',
    '--allow-file-access-from-files', '--virtual-time-budget=5000',
    `--window-size=${width},${height}`, `--screenshot=${png}`, 'file://' + page], { stdio: 'ignore' });
  console.log(`${png} (${width}×${height})`);
}
