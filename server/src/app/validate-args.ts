import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

const OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
};

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * The class-validator check of every argument object (input and args classes), as type-graphql's
 * built-in one does it, with class-validator imported once: the built-in one runs a dynamic
 * `import()` per argument, which costs a module resolution (a round trip to the loader thread under
 * tsx) on every request.
 */
export const validateArgs: ValidatorFn = async (value) => {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (e) {
    throw new ArgumentValidationError(e as never);
  }
};
