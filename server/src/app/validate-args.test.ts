import { ArrayMaxSize, IsDefined, MaxLength, ValidateNested } from 'class-validator';
import { DomainError } from '../shared/domain-error.js';
import { describe, expect, it } from 'vitest';
import { validateArgs } from './validate-args.js';

class Note {
  @MaxLength(5) text!: string;
}

class Ballot {
  @MaxLength(10) reasoning?: string | null;
  @ArrayMaxSize(2) @ValidateNested() notes: Note[] = [];
}

class Keyed {
  body!: string;
  @MaxLength(3) key?: string | null;
}

class Required {
  @IsDefined() @MaxLength(3) code?: string;
}

class Plain {
  body!: string;
}

const make = <T extends object>(C: new () => T, fields: Partial<T>) => Object.assign(new C(), fields);
const note = (text: string) => make(Note, { text });
const outcome = (value: unknown) => Promise.resolve(validateArgs(value, Object, {} as never)).then(() => 'valid', (e) => (e instanceof DomainError && e.code === 'BAD_USER_INPUT' && e.fields ? 'invalid' : `thrown ${e}`));

describe('validateArgs (class-validator rules on argument objects)', () => {
  it.each([
    ['an object within its rules', make(Ballot, { reasoning: 'short', notes: [note('ok')] }), 'valid'],
    ['a string past its MaxLength', make(Ballot, { reasoning: 'far too long a reason' }), 'invalid'],
    ['a list past its ArrayMaxSize', make(Ballot, { notes: [note('a'), note('b'), note('c')] }), 'invalid'],
    ['a nested object breaking its own rule', make(Ballot, { notes: [note('too long')] }), 'invalid'],
    ['a missing optional property', make(Ballot, {}), 'valid'],
    ['a list of objects, one breaking its rule', [note('ok'), note('too long')], 'invalid'],
    ['a list of objects within their rules', [note('ok'), note('fine')], 'valid'],
    ['an object whose only ruled property is absent', make(Keyed, { body: 'x'.repeat(100_000) }), 'valid'],
    ['an object whose only ruled property is null', make(Keyed, { body: 'x', key: null }), 'valid'],
    ['an object whose only ruled property breaks its rule', make(Keyed, { body: 'x', key: 'long' }), 'invalid'],
    ['an object missing a property it must have', make(Required, {}), 'invalid'],
    ['an object of a class without rules', make(Plain, { body: 'x'.repeat(100_000) }), 'valid'],
    ['a scalar', 'x'.repeat(100_000), 'valid'],
    ['null', null, 'valid'],
  ])('%s is %s', async (_what, value, expected) => {
    expect(await outcome(value)).toBe(expected);
  });
});

describe('validateArgs names the failed fields', () => {
  it.each([
    ['a long string', make(Ballot, { reasoning: 'far too long a reason' }), { reasoning: 'TOO_LONG' }],
    ['a nested object in a list', make(Ballot, { notes: [note('ok'), note('too long')] }), { 'notes.1.text': 'TOO_LONG' }],
    ['a list argument', [note('ok'), note('too long')], { '1.text': 'TOO_LONG' }],
  ])('%s', async (_what, value, expected) => {
    const refused = await Promise.resolve(validateArgs(value, Object, {} as never)).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    const fields = (refused as DomainError).fields ?? {};
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.code]))).toEqual(expected);
  });
});
