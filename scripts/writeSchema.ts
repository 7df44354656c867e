// Writes the published JSON Schema (data/supply-lines.schema.json) from the zod schema, the single
// source of truth. A unit test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/jsonSchema';

writeFileSync('data/supply-lines.schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote data/supply-lines.schema.json');
