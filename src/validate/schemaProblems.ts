import type { z } from 'zod';
import { formatPath, type Problem } from './problems';

/** Turns zod's issues into plain sentences with the path of the offending value. */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    code: 'schema',
    path: formatPath(issue.path),
    message: plainMessage(issue),
  }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? `is required (${issue.expected})`
        : `must be ${article(issue.expected)} ${issue.expected}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${issue.keys
        .map((key) => `"${key}"`)
        .join(', ')}`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values
        .map((value) => JSON.stringify(value))
        .join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? issue.message : issue.message.replace(/^Too small: /, '');
    default:
      return issue.message;
  }
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? 'an' : 'a';
}
