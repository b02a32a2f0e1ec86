import { getMetadataStorage, type ValidationError } from 'class-validator';
import { msg, type FieldCode, type FieldProblem, type FieldProblems, type Localized } from '../shared/domain-error.js';

// Russian after "не менее / не более N": "1 символа", "2 символов", "21 символа" (genitive, one vs the rest).
const ruOne = (n: number) => new Intl.PluralRules('ru').select(n) === 'one';
const enOne = (n: number) => n === 1;

const texts = {
  REQUIRED: () => msg('Fill in this field.', 'Заполните это поле.', 'Бұл өрісті толтырыңыз.'),
  TOO_SHORT: (n: number) => msg(
    `At least ${n} ${enOne(n) ? 'character' : 'characters'}.`,
    `Не менее ${n} ${ruOne(n) ? 'символа' : 'символов'}.`,
    `Кемінде ${n} таңба.`,
  ),
  TOO_LONG: (n: number) => msg(
    `At most ${n} ${enOne(n) ? 'character' : 'characters'}.`,
    `Не более ${n} ${ruOne(n) ? 'символа' : 'символов'}.`,
    `Ең көбі ${n} таңба.`,
  ),
  TOO_FEW: (n: number) => msg(
    `Give at least ${n} ${enOne(n) ? 'entry' : 'entries'}.`,
    `Укажите не менее ${n} ${ruOne(n) ? 'записи' : 'записей'}.`,
    `Кемінде ${n} жазба көрсетіңіз.`,
  ),
  TOO_MANY: (n: number) => msg(
    `At most ${n} ${enOne(n) ? 'entry' : 'entries'}.`,
    `Не более ${n} ${ruOne(n) ? 'записи' : 'записей'}.`,
    `Ең көбі ${n} жазба.`,
  ),
  BELOW: (n: number) => msg(`At least ${n}.`, `Не меньше ${n}.`, `Ең кемі ${n}.`),
  ABOVE: (n: number) => msg(`At most ${n}.`, `Не больше ${n}.`, `Ең көбі ${n}.`),
  EMAIL: () => msg('Give a valid e-mail address.', 'Укажите корректный адрес электронной почты.', 'Дұрыс электрондық пошта мекенжайын көрсетіңіз.'),
  FORMAT: () => msg('The value is not in the expected form.', 'Значение не в ожидаемом формате.', 'Мән күтілген пішімде емес.'),
  INVALID: () => msg('The value is not valid.', 'Недопустимое значение.', 'Мән жарамсыз.'),
} as const;

const problem = (code: FieldCode, message: Localized): FieldProblem => ({ code, message });

/**
 * The field problem of one failed class-validator constraint (its name, e.g. "maxLength", and its
 * first argument, e.g. 200), with the message in kk, ru and en. A length or size of at least 1
 * that fails is an empty field or list: REQUIRED.
 */
export function fieldProblemOf(constraint: string, limit: number | undefined): FieldProblem {
  const n = limit ?? 0;
  switch (constraint) {
    case 'minLength':
      return n <= 1 ? problem('REQUIRED', texts.REQUIRED()) : problem('TOO_SHORT', texts.TOO_SHORT(n));
    case 'maxLength':
      return problem('TOO_LONG', texts.TOO_LONG(n));
    case 'arrayMinSize':
      return n <= 1 ? problem('REQUIRED', texts.REQUIRED()) : problem('TOO_FEW', texts.TOO_FEW(n));
    case 'arrayMaxSize':
      return problem('TOO_MANY', texts.TOO_MANY(n));
    case 'min':
      return problem('OUT_OF_RANGE', texts.BELOW(n));
    case 'max':
      return problem('OUT_OF_RANGE', texts.ABOVE(n));
    case 'isEmail':
      return problem('FORMAT', texts.EMAIL());
    case 'matches':
      return problem('FORMAT', texts.FORMAT());
    case 'isDefined':
    case 'isNotEmpty':
      return problem('REQUIRED', texts.REQUIRED());
    default:
      return problem('INVALID', texts.INVALID());
  }
}

// The order in which one field's failed constraints are reported: the one a person fixes first.
const PRIORITY = ['isDefined', 'isNotEmpty', 'minLength', 'arrayMinSize', 'maxLength', 'arrayMaxSize', 'min', 'max', 'isEmail', 'matches'];
const rank = (name: string) => {
  const i = PRIORITY.indexOf(name);
  return i < 0 ? PRIORITY.length : i;
};

/** The first argument of the named constraint on a property, from the class's metadata; else the first number of its message. */
function limitOf(error: ValidationError, constraint: string): number | undefined {
  const target = error.target?.constructor;
  if (target) {
    const rule = getMetadataStorage()
      .getTargetValidationMetadatas(target, '', true, false)
      .find((m) => m.propertyName === error.property && m.name === constraint);
    const value: unknown = rule?.constraints?.[0];
    if (typeof value === 'number') return value;
  }
  const found = /\d+/.exec(error.constraints?.[constraint] ?? '');
  return found ? Number(found[0]) : undefined;
}

/** Every failed field of a class-validator result, keyed by its path inside the argument ("applicant.name", "episodes.0.url"). */
export function validationFields(errors: readonly ValidationError[], prefix = ''): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  for (const error of errors) {
    const path = `${prefix}${error.property}`;
    const failed = Object.keys(error.constraints ?? {}).sort((a, b) => rank(a) - rank(b));
    if (failed.length > 0) fields[path] = fieldProblemOf(failed[0], limitOf(error, failed[0]));
    Object.assign(fields, validationFields(error.children ?? [], `${path}.`));
  }
  return fields;
}

/** The same, for a list argument: each item's fields under its position. */
export function validationFieldsOfList(errors: readonly (readonly ValidationError[])[]): FieldProblems {
  return Object.assign({}, ...errors.map((list, i) => validationFields(list, `${i}.`))) as FieldProblems;
}
