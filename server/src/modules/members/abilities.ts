import { Field, ObjectType } from 'type-graphql';
import type { Viewer } from '../../shared/viewer.js';

/**
 * What the viewer may do, answered by the server so the client asks instead of copying role tables.
 * An abilities type is declared low in the module layers; each boolean on it is declared by the
 * module that owns the rule (`defineAbility` in its `<module>.abilities.ts`, imported by that
 * module's resolver) and computed by that module's policy function, the one its mutation uses. So no
 * module imports one above it, and a field cannot say something the mutation does not do.
 */
export function defineAbility<R extends object>(
  type: abstract new (...args: never[]) => R,
  name: string,
  description: string,
  rule: (root: R) => boolean | Promise<boolean>,
): void {
  if (Object.hasOwn(type.prototype, name)) throw new Error(`ability ${type.name}.${name} is declared twice`);
  Field(() => Boolean, { description })(type.prototype, name);
  Object.defineProperty(type.prototype, name, { configurable: true, get(this: R) { return rule(this); } });
}

@ObjectType({ description: 'What the signed-in member may do anywhere on the platform (not about one case): computed by the same policies the operations check.' })
export class ViewerAbilities {
  constructor(readonly viewer: Viewer) {}
}
