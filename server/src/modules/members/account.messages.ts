import { badField, DomainError, forbidden, msg } from '../../shared/domain-error.js';
import type { AccountRefusal } from './account.policy.js';

// The refusals of account changes, in the three languages of the interface.

const M = {
  approvers: msg('Only the chair or the deputy chair approves or rejects accounts.', 'Одобряет и отклоняет учётные записи только председатель или заместитель председателя.', 'Тіркелгілерді тек төраға немесе төрағаның орынбасары мақұлдайды не қабылдамайды.'),
  inviters: msg(
    'Invitations to accounts that read case files are issued by the chair or the deputy chair; to analyst and admin accounts, by the admin.',
    'Приглашения для учётных записей с доступом к делам выдаёт председатель или заместитель председателя; для аналитиков и администраторов — администратор.',
    'Істерге қолжетімді тіркелгілерге шақыруды төраға немесе төрағаның орынбасары береді; талдаушылар мен әкімшілерге — әкімші.',
  ),
  admins: msg('Only the administrator changes roles, agencies and deactivates accounts.', 'Роли, ведомства и отключение учётных записей — только у администратора.', 'Рөлдерді, ведомстволарды өзгерту және тіркелгілерді өшіру — тек әкімшіде.'),
  own: msg('You cannot do this to your own account.', 'С собственной учётной записью так поступить нельзя.', 'Өз тіркелгіңізбен мұны істеуге болмайды.'),
  seat: msg(
    'The panel already has an account in this role (approved or active). Deactivate it, or give it another role, before approving a new one.',
    'В группе уже есть учётная запись с этой ролью (одобренная или активная). Отключите её или смените ей роль, прежде чем одобрять новую.',
    'Топта бұл рөлдегі тіркелгі бар (мақұлданған немесе белсенді). Жаңасын мақұлдамас бұрын оны өшіріңіз немесе рөлін өзгертіңіз.',
  ),
  lastAdmin: msg(
    'This is the last active administrator account: the platform must keep one. Make another administrator active first.',
    'Это последняя активная учётная запись администратора, а в системе должна оставаться хотя бы одна. Сначала сделайте активным другого администратора.',
    'Бұл — соңғы белсенді әкімші тіркелгісі, ал жүйеде кемінде біреуі қалуы керек. Алдымен басқа әкімшіні белсенді етіңіз.',
  ),
};

type Who = 'approvers' | 'inviters' | 'admins';

/** The error of a policy refusal; `who` names the people who may do it instead. */
export function refusal(reason: AccountRefusal, who: Who): DomainError {
  if (reason === 'SEAT_TAKEN') return new DomainError('CONFLICT', M.seat);
  if (reason === 'LAST_ADMIN') return new DomainError('CONFLICT', M.lastAdmin, { reason });
  return forbidden(reason === 'OWN_ACCOUNT' ? M.own : M[who]);
}

export const duplicateEmail = (email: string) => new DomainError('CONFLICT', msg(`An account with the email ${email} already exists.`, `Учётная запись с адресом ${email} уже есть.`, `${email} мекенжайымен тіркелгі бұрыннан бар.`));

export const reasonRequired = () => badField('reason', 'REQUIRED', msg('Give the reason for the rejection (up to 2000 characters).', 'Укажите причину отказа (до 2000 символов).', 'Бас тарту себебін көрсетіңіз (2000 таңбаға дейін).'));

export const accountFinal = (status: string) => new DomainError('INVALID_TRANSITION', msg(`An account in status ${status} can no longer be changed.`, `Учётную запись в статусе ${status} изменить уже нельзя.`, `${status} мәртебесіндегі тіркелгіні енді өзгертуге болмайды.`), { from: status });

export const nothingToChange = () => new DomainError('BAD_USER_INPUT', msg('Give a new role or a new agency.', 'Укажите новую роль или новое ведомство.', 'Жаңа рөлді немесе жаңа ведомствоны көрсетіңіз.'));

/** One answer for every link that cannot be used: unknown, expired, already used or replaced. */
export const invitationInvalid = () => new DomainError('BAD_USER_INPUT', msg(
  'This invitation link cannot be used. Ask the person who sent it for a new one.',
  'Эту ссылку-приглашение использовать нельзя. Попросите новую у того, кто её отправил.',
  'Бұл шақыру сілтемесін пайдалану мүмкін емес. Жіберген адамнан жаңасын сұраңыз.',
));

export const passwordTooShort = (min: number) => badField('password', 'TOO_SHORT', msg(`The password must be at least ${min} characters long.`, `Пароль должен содержать не менее ${min} символов.`, `Құпиясөз кемінде ${min} таңбадан тұруы керек.`), { min });

export const passwordTooLong = (max: number) => badField('password', 'TOO_LONG', msg(`The password must be at most ${max} characters long.`, `Пароль должен содержать не более ${max} символов.`, `Құпиясөз ${max} таңбадан аспауы керек.`), { max });
