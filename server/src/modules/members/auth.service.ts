import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, msg } from '../../shared/domain-error.js';
import { AccountStatus } from './account.lifecycle.js';
import { Member } from './member.entity.js';
import { signToken, type TokenKeys } from './token.js';

export const hashPassword = (password: string) => hash(password);

/** A token of an account that is no longer ACTIVE: deactivated, or its access reset (a new invitation). */
export const deactivated = () => new DomainError('UNAUTHENTICATED', msg(
  'This account has been deactivated, or its access was reset; sign in again once it is active.',
  'Эта учётная запись отключена или её доступ сброшен; войдите снова, когда она станет активной.',
  'Бұл тіркелгі өшірілген немесе оның қолжетімділігі қалпына келтірілген; ол белсенді болғанда қайта кіріңіз.',
));

const wrongCredentials = () => new DomainError('UNAUTHENTICATED', msg('The email or password is not correct.', 'Неверный адрес электронной почты или пароль.', 'Электрондық пошта немесе құпиясөз қате.'));

let dummyHash: Promise<string> | undefined;

/** A real hash to verify against when there is no password to check: every refusal takes as long. */
export const dummyPasswordHash = () => (dummyHash ??= hash('not-a-password'));

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly keys: TokenKeys) {}

  /**
   * Checks the password and issues an access token. An unknown email, a wrong password and an
   * account that is not ACTIVE (waiting for approval or a password, rejected, deactivated) get one
   * message, after the same work: the answer tells nothing about which accounts exist or in what state.
   */
  async login(email: string, password: string) {
    const member = await this.em.findOne(Member, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
    const ok = await verify(member?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!member || !ok || member.status !== AccountStatus.ACTIVE) throw wrongCredentials();
    return this.issue(member);
  }

  /** An access token for a member who has just proved who they are (sign-in, accepted invitation). */
  async issue(member: Member) {
    return { ...(await signToken(this.keys, member.id)), member };
  }
}
