import { getMetadataStorage, validate, type ValidatorOptions } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badFields } from '../shared/domain-error.js';
import { validationFields, validationFieldsOfList } from './validation-fields.js';

const OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  // The target lets the field problems read a rule's limit from its class; neither it nor the value leaves the server.
  validationError: { target: true, value: false },
};

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

// Whether a class carries any class-validator rule (all are declared when its module loads): an
// object of a class without any has nothing to check, and class-validator would still scan every
// rule it knows to find that out, on every request.
const ruled = new WeakMap<object, boolean>();
function hasRules(value: object): boolean {
  let known = ruled.get(value.constructor);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(value.constructor, '', false, false).length > 0;
    ruled.set(value.constructor, known);
  }
  return known;
}

const checked = (value: object) => isObject(value) && hasRules(value);

/**
 * The class-validator check of every argument object (input and args classes), as type-graphql's
 * built-in one does it, with class-validator imported once: the built-in one runs a dynamic
 * `import()` per argument, which costs a module resolution (a round trip to the loader thread under
 * tsx) on every request. Objects of classes without rules are passed as they are. A failure is
 * BAD_USER_INPUT with `extensions.fields`: each failed field by its path inside the argument
 * (see FieldProblems), with a code and a message in kk, ru and en.
 */
export const validateArgs: ValidatorFn = async (value) => {
  if (!isObject(value)) return;
  if (Array.isArray(value)) {
    const results = await Promise.all(value.map((item: unknown) => (checked(item as object) ? validate(item as object, OPTIONS) : [])));
    if (results.some((r) => r.length > 0)) throw badFields(validationFieldsOfList(results));
  } else if (hasRules(value)) {
    const errors = await validate(value, OPTIONS);
    if (errors.length > 0) throw badFields(validationFields(errors));
  }
};
