import { getMetadataStorage, validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

const OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
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
 * tsx) on every request. Objects of classes without rules are passed as they are.
 */
export const validateArgs: ValidatorFn = async (value) => {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(checked).map((item) => validateOrReject(item, OPTIONS)));
    else if (hasRules(value)) await validateOrReject(value, OPTIONS);
  } catch (e) {
    throw new ArgumentValidationError(e as never);
  }
};
