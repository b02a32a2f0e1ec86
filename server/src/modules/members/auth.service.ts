import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, msg } from '../../shared/domain-error.js';
import { Member } from './member.entity.js';
import { signToken, type TokenKeys } from './token.js';

export const hashPassword = (password: string) => hash(password);

// Verifying against a real hash when the email is unknown keeps the timing alike for both failures.
export const deactivated = () => new DomainError('UNAUTHENTICATED', msg(
  'This account has been deactivated; ask the administrator.',
  'Эта учётная запись отключена; обратитесь к администратору.',
  'Бұл тіркелгі өшірілген; әкімшіге хабарласыңыз.',
));

let dummyHash: Promise<string> | undefined;

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly keys: TokenKeys) {}

  /** Checks the password and issues an access token. */
  async login(email: string, password: string) {
    const member = await this.em.findOne(Member, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
    const ok = await verify(member?.passwordHash ?? (await (dummyHash ??= hash('not-a-password'))), password);
    if (!member || !ok) throw new DomainError('UNAUTHENTICATED', msg('The email or password is not correct.', 'Неверный адрес электронной почты или пароль.', 'Электрондық пошта немесе құпиясөз қате.'));
    if (!member.active) throw deactivated();
    return { ...(await signToken(this.keys, member.id)), member };
  }

}
