import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A JSON Schema validator as an integrator would use one: draft 2020-12, formats checked, strict about schemas. */
export function validatorFor(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data: unknown) => {
    const valid = validate(data);
    return { valid, errors: ajv.errorsText(validate.errors) };
  };
}
