import { z } from 'zod';
import { Dataset, FORMAT_VERSION } from './schema';

/** The dataset format as a JSON Schema (draft 2020-12), for users' editors and other tools. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' }),
    title: `Supply Lines dataset, format version ${FORMAT_VERSION}`,
  };
}
