import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './jsonSchema';

describe('the published JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing it)', () => {
    const published = JSON.parse(readFileSync(new URL('../../data/supply-lines.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(datasetJsonSchema());
  });
});
