import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import schema from './fixtures/sarif/sarif-schema-2.1.0.json';

// The OASIS SARIF 2.1.0 schema (draft-04), with its uri and uri-reference formats checked.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a SARIF log, one per line; empty when it is valid. */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
