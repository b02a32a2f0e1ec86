import { ArrayMaxSize, ArrayMinSize, IsEmail, Max, MaxLength, Min, MinLength, validate, ValidateNested } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { badFields } from '../shared/domain-error.js';
import { fieldProblemOf, validationFields } from './validation-fields.js';

describe('fieldProblemOf: a failed class-validator constraint → field code and kk/ru/en message', () => {
  it.each([
    ['minLength', 1, 'REQUIRED', 'Заполните это поле.'],
    ['minLength', 3, 'TOO_SHORT', 'Не менее 3 символов.'],
    ['minLength', 21, 'TOO_SHORT', 'Не менее 21 символа.'],
    ['maxLength', 200, 'TOO_LONG', 'Не более 200 символов.'],
    ['maxLength', 1, 'TOO_LONG', 'Не более 1 символа.'],
    ['arrayMinSize', 1, 'REQUIRED', 'Заполните это поле.'],
    ['arrayMinSize', 2, 'TOO_FEW', 'Укажите не менее 2 записей.'],
    ['arrayMaxSize', 50, 'TOO_MANY', 'Не более 50 записей.'],
    ['min', 1, 'OUT_OF_RANGE', 'Не меньше 1.'],
    ['max', 100, 'OUT_OF_RANGE', 'Не больше 100.'],
    ['isEmail', undefined, 'FORMAT', 'Укажите корректный адрес электронной почты.'],
    ['matches', undefined, 'FORMAT', 'Значение не в ожидаемом формате.'],
    ['isDefined', undefined, 'REQUIRED', 'Заполните это поле.'],
    ['someCustomRule', undefined, 'INVALID', 'Недопустимое значение.'],
  ] as const)('%s(%s) → %s', (constraint, limit, code, ru) => {
    const p = fieldProblemOf(constraint, limit);
    expect(p.code).toBe(code);
    expect(p.message.ru).toBe(ru);
    // No English inside the Russian or Kazakh text, and every language present.
    for (const text of [p.message.ru, p.message.kk]) expect(text).not.toMatch(/[A-Za-z]/);
    expect(p.message.en).toMatch(/^[A-Z]/);
  });

  it('counts in English with the right plural', () => {
    expect(fieldProblemOf('maxLength', 1).message.en).toBe('At most 1 character.');
    expect(fieldProblemOf('maxLength', 64).message.en).toBe('At most 64 characters.');
  });
});

class Person {
  @MinLength(1) @MaxLength(5) name!: string;
  @IsEmail() @MaxLength(50) email!: string;
}
class Form {
  @ValidateNested() person!: Person;
  @ArrayMinSize(1) @ArrayMaxSize(2) @ValidateNested() people!: Person[];
  @Min(1) @Max(10) count!: number;
}
const person = (name: string, email = 'a@b.kz') => Object.assign(new Person(), { name, email });
const form = (over: Partial<Form>) => Object.assign(new Form(), { person: person('Ann'), people: [person('Bob')], count: 2 }, over);

describe('validationFields: field paths inside the argument, limits read from the class', () => {
  it.each([
    ['a valid form', form({}), {}],
    ['an empty nested name', form({ person: person('') }), { 'person.name': 'REQUIRED' }],
    ['a long name in a list item', form({ people: [person('Bob'), person('Too long')] }), { 'people.1.name': 'TOO_LONG' }],
    ['an empty list', form({ people: [] }), { people: 'REQUIRED' }],
    ['too many entries', form({ people: [person('a'), person('b'), person('c')] }), { people: 'TOO_MANY' }],
    ['a bad e-mail and a count too big', form({ person: person('Ann', 'nope'), count: 11 }), { 'person.email': 'FORMAT', count: 'OUT_OF_RANGE' }],
  ])('%s', async (_what, value, expected) => {
    const fields = validationFields(await validate(value));
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.code]))).toEqual(expected);
  });

  it('reads the limit of the failed rule (5 characters) from the class', async () => {
    const fields = validationFields(await validate(form({ person: person('Far too long') })));
    expect(fields['person.name'].message).toEqual({ en: 'At most 5 characters.', ru: 'Не более 5 символов.', kk: 'Ең көбі 5 таңба.' });
  });
});

describe('badFields', () => {
  it('is BAD_USER_INPUT with extensions.fields; English names the paths, Russian and Kazakh do not', () => {
    const one = badFields({ body: fieldProblemOf('maxLength', 10) });
    expect(one.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { body: { code: 'TOO_LONG' } } });
    expect(one.message).toBe('The input is not valid: body: At most 10 characters.');
    const two = badFields({ a: fieldProblemOf('minLength', 1), 'b.0.c': fieldProblemOf('maxLength', 3) });
    expect(two.extensions.messages).toEqual({
      en: 'The input is not valid: a: Fill in this field. b.0.c: At most 3 characters.',
      ru: 'Данные не прошли проверку: Заполните это поле. Не более 3 символов.',
      kk: 'Деректер тексеруден өтпеді: Бұл өрісті толтырыңыз. Ең көбі 3 таңба.',
    });
  });
});
