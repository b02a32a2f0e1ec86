import { Matches } from 'class-validator';
import { Field } from 'type-graphql';
import { KEY_DESCRIPTION, KEY_PATTERN } from './request-key.js';

/** The optional `idempotencyKey` field of an input or arguments class, with its shape checked at the edge. */
export function IdempotencyKeyField(): PropertyDecorator {
  const field = Field(() => String, { nullable: true, description: KEY_DESCRIPTION });
  const shape = Matches(KEY_PATTERN, { message: 'idempotencyKey must be 8–64 letters, digits, "-" or "_"' });
  return (target, property) => {
    field(target, property);
    shape(target, property);
  };
}
