// Checks processes/element-templates/community-hub.json against Camunda 7's element template schema,
// the check Camunda Modeler makes when it loads templates (part of `npm run lint`).
import { fileURLToPath } from 'node:url';
import { validateAll } from '@bpmn-io/element-templates-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(fileURLToPath(new URL('../..', import.meta.url)), 'processes', 'element-templates', 'community-hub.json');
const templates = JSON.parse(readFileSync(file, 'utf8'));
const { valid, results } = validateAll(templates);
for (const [i, result] of results.entries()) {
  for (const error of result.errors || []) {
    console.error(`${file}: template ${templates[i].id || i}: ${error.instancePath || error.dataPath || '/'} ${error.message}`);
  }
}
console.log(`${file}: ${templates.length} templates, ${valid ? 'valid' : 'INVALID'}`);
process.exit(valid ? 0 : 1);
