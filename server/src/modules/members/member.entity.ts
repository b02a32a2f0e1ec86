import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { IdRef } from '../../shared/rows.js';
import { AccountStatus } from './account.lifecycle.js';
import { Agency } from './agency.entity.js';
import { Role } from '../../shared/role.js';

@ObjectType({ description: 'A person with an account: panel member, secretary, advisor, analyst or admin.' })
@Entity({ tableName: 'member' })
export class Member extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  email!: string;

  /** Set only by the person, through an invitation (or by the demo seed); null until then. */
  // Lazy columns have no initialiser: an unloaded one must never be flushed as null.
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;

  /** SHA-256 of the one live invitation token (the token itself is never stored); null when none. */
  @Property({ type: 'text', nullable: true, unique: true, hidden: true, lazy: true })
  invitationTokenHash?: string | null;

  @Property({ type: 'timestamptz', nullable: true, hidden: true, lazy: true })
  invitationExpiresAt?: Date | null;

  @Field(() => Role)
  @Enum({ items: () => Role, type: 'text' })
  role!: Role;

  /** Resolved for GraphQL by MemberFieldsResolver through the `agency` loader; populate it where a service reads more than its id. */
  @Field(() => Agency)
  @ManyToOne({ entity: () => Agency })
  agency!: Agency;

  @Field(() => AccountStatus, { description: 'Where the account stands: approval, invitation, active, or final.' })
  // The column's default (ACTIVE) serves rows written outside the app (see the accounts migration); the app always sets it.
  @Enum({ items: () => AccountStatus, type: 'text', default: AccountStatus.ACTIVE })
  status!: AccountStatus;

  /** Kept equal to `status = ACTIVE` (a check constraint holds it): what the rest of the code reads. */
  @Field(() => Boolean, { description: 'Whether the account may sign in (status ACTIVE).' })
  @Property({ type: 'boolean' })
  active!: boolean;

  /** Moves the account; `active` follows. */
  moveTo(status: AccountStatus): void {
    this.status = status;
    this.active = status === AccountStatus.ACTIVE;
  }
}

/** The columns of a status, for `em.create`. */
export const statusFields = (status: AccountStatus) => ({ status, active: status === AccountStatus.ACTIVE });

/**
 * A member as the `Member` type resolves it: a loaded entity, or a card of the member directory;
 * its agency named by id (resolved through the `agency` loader).
 */
export type MemberRow = Pick<Member, 'id' | 'name' | 'email' | 'role' | 'active' | 'status'> & { agency: IdRef };
