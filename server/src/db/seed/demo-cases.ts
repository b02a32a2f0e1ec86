import type { ContentKind } from '../../modules/cases/case.enums.js';
import type { CaseStatus } from '../../modules/cases/lifecycle.js';
import type { Region } from '../../modules/cases/region.js';

export interface DemoCase {
  lang: 'KK' | 'RU';
  status: CaseStatus;
  child: string;
  region: Region;
  age: number;
  applicant: string;
  description: string;
  urls: string[];
  kind: ContentKind;
  excerpt: string;
}

const kk = (description: string, excerpt: string) => ({ lang: 'KK' as const, description, excerpt });
const ru = (description: string, excerpt: string) => ({ lang: 'RU' as const, description, excerpt });

const KK_TEXTS = [
  kk('Сыныптастары балама TikTok-та қорлайтын бейнелер жариялап, пікірлерде мазақтап жүр.', 'Бейне астындағы қорлайтын пікірлер'),
  kk('Белгісіз аккаунт қызыма Instagram арқылы қорқытатын хаттар жіберіп, суреттерін таратамын деп қорқытуда.', 'Суреттеріңді бәріне жіберемін'),
  kk('Мектеп чатында балама қатысты жалған ақпарат таратылып, топтан шығарылды.', 'Telegram-топтағы хабарламалар'),
  kk('Ұлымның атынан жалған парақша ашылып, оның суреттері мазақ ретінде жарияланды.', 'Жалған профиль'),
];
const RU_TEXTS = [
  ru('Одноклассники публикуют в TikTok унизительные видео с моим сыном и оставляют оскорбительные комментарии.', 'Оскорбления под видео'),
  ru('Неизвестный аккаунт в Instagram угрожает дочери распространить её фотографии и требует деньги.', 'Угрозы в личных сообщениях'),
  ru('В школьном Telegram-чате систематически травят ребёнка, пересылают его фото с подписями.', 'Сообщения в группе класса'),
  ru('Создана фейковая страница ВКонтакте от имени ребёнка, где публикуются унизительные материалы.', 'Фейковый профиль'),
];

const URLS = [
  ['https://www.tiktok.com/@demo_user/video/7301', 'https://www.tiktok.com/@demo_user/video/7302'],
  ['https://www.instagram.com/p/DemoPost1/', 'https://www.instagram.com/p/DemoPost2/'],
  ['https://t.me/demo_class_chat/101', 'https://t.me/demo_class_chat/117'],
  ['https://vk.com/demo_fake_profile', 'https://vk.com/wall-1_42'],
];
const KINDS: ContentKind[] = ['VIDEO', 'MESSAGE', 'MESSAGE', 'PROFILE'] as ContentKind[];

// Two dozen cases across every status (DESIGN.md §7); a few extra in the early, busy ones.
const STATUSES: CaseStatus[] = [
  'REGISTERED', 'REGISTERED', 'REGISTERED', 'SCREENING', 'SCREENING', 'SCREENING', 'IN_REVIEW', 'IN_REVIEW',
  'IN_REVIEW', 'VOTING', 'VOTING', 'DECIDED', 'DECIDED', 'PRESCRIBED', 'PRESCRIBED', 'COMPLIED', 'COMPLIED',
  'ESCALATED', 'CLOSED', 'CLOSED', 'RETURNED', 'RETURNED', 'OUT_OF_SCOPE', 'OUT_OF_SCOPE',
];
const KK_NAMES = ['Айгерім Сапарова', 'Нұрлан Төлеуов', 'Дана Серікқызы', 'Ерасыл Жұмабеков'];
const RU_NAMES = ['Алина Ковалёва', 'Максим Петренко', 'Виктория Ли', 'Артём Ким'];
const KK_PARENTS = ['Гүлнар Сапарова', 'Бауыржан Төлеуов', 'Серік Әбенов', 'Мәдина Жұмабекова'];
const RU_PARENTS = ['Ольга Ковалёва', 'Игорь Петренко', 'Елена Ли', 'Светлана Ким'];
const REGIONS: Region[] = ['ASTANA', 'ALMATY_CITY', 'SHYMKENT', 'KARAGANDA', 'TURKESTAN', 'EAST_KAZAKHSTAN', 'AKTOBE', 'PAVLODAR'] as Region[];

export const DEMO_CASES: DemoCase[] = STATUSES.map((status, i) => {
  const text = (i % 2 === 0 ? KK_TEXTS : RU_TEXTS)[(i >> 1) % 4];
  const k = (i >> 1) % 4;
  return {
    ...text,
    status,
    child: (i % 2 === 0 ? KK_NAMES : RU_NAMES)[k],
    applicant: (i % 2 === 0 ? KK_PARENTS : RU_PARENTS)[k],
    region: REGIONS[i % REGIONS.length],
    age: 10 + (i % 8),
    urls: URLS[k].map((u) => `${u}${i}`),
    kind: KINDS[k],
  };
});

/** Demo cases that show intake beyond E-otinish (issue 16): a paper application, an SMS episode, a file registered over a failing checklist. */
export interface DemoIntakeVariant {
  /** The incoming registration number of a paper application. */
  paperNumber?: string;
  /** The second episode came by SMS, with this evidence description instead of a URL. */
  smsEvidence?: string;
  /** Only the first episode (fails "two or more times"), registered anyway for this reason. */
  singleEpisodeReason?: string;
}

export const DEMO_INTAKE: Readonly<Record<number, DemoIntakeVariant>> = {
  1: { paperNumber: '01-12/3345' },
  2: { singleEpisodeReason: 'Второй эпизод заявитель сообщил по телефону; материалы будут дополнены / Екінші эпизодты өтініш беруші телефонмен хабарлады; материалдар толықтырылады' },
  3: { smsEvidence: 'Скриншот SMS с номера +7 705 000 0000 от одноклассника / Сыныптасының +7 705 000 0000 нөмірінен келген SMS скриншоты' },
};
