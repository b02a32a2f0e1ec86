import { getMetadataStorage, validate, ValidationTypes, type ValidatorOptions } from 'class-validator';
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

/** Of a class: the properties that carry class-validator rules, and whether one runs on an absent value (`@IsDefined`). */
interface Rules {
  properties: readonly string[];
  onAbsent: boolean;
}

// A class's rules are all declared when its module loads, so they are read once per class:
// class-validator itself scans every rule it knows on every call to find them. With
// `skipMissingProperties`, an object whose ruled properties are all absent has nothing to check
// (an args class whose only rule is on an optional idempotency key, as most writes send it).
const rulesByClass = new WeakMap<object, Rules>();
function rulesOf(value: object): Rules {
  let rules = rulesByClass.get(value.constructor);
  if (!rules) {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(value.constructor, '', false, false);
    rules = { properties: [...new Set(metadatas.map((m) => m.propertyName))], onAbsent: metadatas.some((m) => m.type === ValidationTypes.IS_DEFINED) };
    rulesByClass.set(value.constructor, rules);
  }
  return rules;
}

function hasWork(value: object): boolean {
  const rules = rulesOf(value);
  const fields = value as Record<string, unknown>;
  return rules.onAbsent || rules.properties.some((p) => fields[p] !== undefined && fields[p] !== null);
}

const checked = (value: object) => isObject(value) && hasWork(value);

/**
 * The class-validator check of every argument object (input and args classes), as type-graphql's
 * built-in one does it, with class-validator imported once: the built-in one runs a dynamic
 * `import()` per argument, which costs a module resolution (a round trip to the loader thread under
 * tsx) on every request. Objects with nothing to check (see rulesOf) are passed as they are. A failure is
 * BAD_USER_INPUT with `extensions.fields`: each failed field by its path inside the argument
 * (see FieldProblems), with a code and a message in kk, ru and en.
 */
export const validateArgs: ValidatorFn = async (value) => {
  if (!isObject(value)) return;
  if (Array.isArray(value)) {
    const results = await Promise.all(value.map((item: unknown) => (checked(item as object) ? validate(item as object, OPTIONS) : [])));
    if (results.some((r) => r.length > 0)) throw badFields(validationFieldsOfList(results));
  } else if (hasWork(value)) {
    const errors = await validate(value, OPTIONS);
    if (errors.length > 0) throw badFields(validationFields(errors));
  }
};
