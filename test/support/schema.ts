/**
 * The shipped JSON Schema, compiled once with ajv (strict mode, all errors), for checking outputs
 * in the tests: a whole json document, or one article (one ndjson line).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const SCHEMA = JSON.parse(readFileSync(new URL('../../schema/extract.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addSchema(SCHEMA, 'extract');
const validateDocument = ajv.getSchema('extract')!;
const validateArticle = ajv.getSchema('extract#/$defs/article')!;

function describeErrors(errors: typeof validateDocument.errors): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

/** '' when `value` is a valid json document, else what is wrong with it. */
export function documentProblems(value: unknown): string {
  return validateDocument(value) ? '' : describeErrors(validateDocument.errors);
}

/** '' when `value` is a valid article (one ndjson line), else what is wrong with it. */
export function articleProblems(value: unknown): string {
  return validateArticle(value) ? '' : describeErrors(validateArticle.errors);
}
