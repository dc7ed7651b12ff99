// Writes docs/rules/<id>.md from the built rule registry (run `npm run docs`).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/check/registry.js';
import { ruleDoc } from '../dist/check/rule-doc.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) if (name.endsWith('.md') && name !== 'README.md') rmSync(new URL(name, dir));
const index = ['# Rules', '', '| id | default | applies to | description |', '|---|---|---|---|'];
for (const { meta } of RULES) {
  writeFileSync(new URL(`${meta.id}.md`, dir), ruleDoc(meta));
  index.push(`| [${meta.id}](${meta.id}.md) | ${meta.defaultSeverity} | ${meta.appliesTo.join(', ')} | ${meta.description.en} |`);
}
writeFileSync(new URL('README.md', dir), index.join('\n') + '\n');
console.log(`wrote ${RULES.length} rule pages to docs/rules/`);
