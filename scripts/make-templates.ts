/**
 * Writes the template and its data dictionary that the app offers ("Download a template") to
 * docs/examples/, so the docs can link them: npx tsx scripts/make-templates.ts
 * (tests/unit/data/template.test.ts checks the committed copies equal the generator's output).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDictionaryCsv } from '../src/lib/data/data-dictionary';
import { templateCsv } from '../src/lib/data/template-csv';

const dir = join(import.meta.dirname, '..', 'docs', 'examples');
writeFileSync(join(dir, 'template.csv'), templateCsv());
writeFileSync(join(dir, 'data-dictionary.csv'), dataDictionaryCsv());
