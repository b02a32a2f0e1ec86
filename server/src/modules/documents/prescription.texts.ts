import { commonTexts } from './common.texts.js';
import type { DocumentLanguage } from './documents.types.js';

export interface DecisionRef {
  protocolNumber: string;
  /** In the language's own date form (Kazakh: «2026 жылғы 18 наурыздағы»). */
  decidedAt: string;
  caseNumber: string;
}

/** Who signed the expert panel's decision in the system and when, already formatted. */
export interface SignedRef {
  role: string;
  name: string;
  at: string;
}

export interface PrescriptionTexts {
  title: string;
  subject: string;
  numberLine: (number: string) => string;
  addresseeLabel: string;
  contactLabel: string;
  /** The addressee from the registry, with what is not recorded said plainly (issue 16, point 6). */
  legalNameMissing: string;
  binLine: (bin: string) => string;
  registrationLine: (registration: string) => string;
  binMissing: string;
  addressLine: (address: string) => string;
  addressMissing: string;
  intro: (ministry: string, ref: DecisionRef) => string;
  sections: { decision: string; definition: string; urls: string; demand: string; compliance: string; basis: string };
  decision: (ref: DecisionRef) => string;
  urlsIntro: string;
  demand: (hours: number) => string;
  warning: string;
  /** How to report compliance: to the executor's e-mail or phone when set, else to the authorised body; always citing the number. */
  compliance: (number: string, executor: { phone: string; email: string } | null) => string;
  executorLine: (position: string, name: string, phone: string, email: string) => string;
  basis: string;
  decisionSigned: (protocolNumber: string, signed: SignedRef[]) => string;
  decisionUnsigned: (protocolNumber: string) => string;
  signatory: string;
  signatureHint: string;
  nameHint: string;
}

// Russian agrees "час" with the number after "в течение" (genitive): 1, 21 часа; 24 часов.
const hoursRu = (n: number): string => `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'часа' : 'часов'}`;

const kkLaws = commonTexts.kk.laws;
const ruLaws = commonTexts.ru.laws;

// The prescription is the authorised body's act (the ministry), sent on the basis of the expert
// panel's decision: art. 40 of the Law «О масс-медиа» (2024) and the Rules of Order No. 562-НҚ.
// The signatory (position and name) and the executor come from the settings; with none set, the
// signatory is the generic "official of the authorised body" with blank lines to fill in.
export const prescriptionTexts: Record<DocumentLanguage, PrescriptionTexts> = {
  kk: {
    title: 'НҰСҚАМА',
    subject: 'балаға қатысты кибербуллинг деп танылған ақпаратты жою туралы',
    numberLine: (number) => `№ ${number}`,
    // Art. 40 of the Law «Масс-медиа туралы»: addressed to the owner and (or) legal representative.
    addresseeLabel: 'Интернет-ресурстың меншік иесіне және (немесе) заңды өкіліне:',
    contactLabel: 'Байланыс',
    // Art. 40 of the Law «Масс-медиа туралы»: the prescription goes to the owner and (or) legal
    // representative of the resource — named as in the registry; a gap is said, not papered over.
    legalNameMissing: '(заңды тұлғаның атауы тізілімде көрсетілмеген)',
    binLine: (bin) => `БСН: ${bin}`,
    registrationLine: (registration) => `Шетелдік тіркеу: ${registration}`,
    binMissing: 'БСН тізілімде көрсетілмеген',
    addressLine: (address) => `Мекенжайы: ${address}`,
    addressMissing: 'Мекенжайы тізілімде көрсетілмеген',
    // Art. 40 of the Law «Масс-медиа туралы» and the Rules (562-НҚ): the authorised body sends it.
    intro: (ministry, { protocolNumber, decidedAt }) =>
      `Уәкілетті орган — ${ministry} ${kkLaws.massMedia} 40-бабына сәйкес балаға қатысты ` +
      `кибербуллингтің расталған фактісі бойынша сараптама тобының ${decidedAt} № ${protocolNumber} ` +
      'хаттамамен ресімделген шешімі негізінде осы нұсқаманы жібереді.',
    sections: {
      decision: 'Сараптама тобының шешімі',
      definition: 'Кибербуллинг ұғымы',
      urls: 'Жойылуға жататын ақпарат',
      demand: 'Талап',
      compliance: 'Орындалғаны туралы хабарлау',
      basis: 'Құқықтық негіз',
    },
    // The Rules (Order No. 562-НҚ of 26.11.2024): the panel's decision, recorded in a protocol.
    decision: ({ protocolNumber, decidedAt, caseNumber }) =>
      `Сараптама тобының ${decidedAt} № ${protocolNumber} хаттамамен ресімделген шешімімен ` +
      `${caseNumber} іс бойынша ${kkLaws.rulesCited} сәйкес балаға қатысты кибербуллинг фактісі расталды.`,
    urlsIntro: 'Мына мекенжайлар бойынша орналастырылған ақпарат балаға қатысты кибербуллинг деп танылды:',
    // The Rules (562-НҚ): removal within 24 hours of receipt (the period comes from settings).
    demand: (hours) =>
      `Осы нұсқаманы алған сәттен бастап ${hours} сағат ішінде жоғарыда көрсетілген ақпаратты жоюды ` +
      'және орындалғаны туралы уәкілетті органға хабарлауды талап етеміз.',
    // Art. 40 of the Law «Масс-медиа туралы»: non-compliance is a ground to suspend access.
    warning:
      `${kkLaws.massMedia} 40-бабына сәйкес нұсқаманы белгіленген мерзімде орындамау ` +
      'интернет-ресурсқа қолжетімділікті тоқтата тұруға негіз болып табылады.',
    // Art. 40 of the Law «Масс-медиа туралы» and the Rules (562-НҚ): the owner removes the content
    // and informs the authorised body; the number lets the executor match the reply to the prescription.
    compliance: (number, executor) =>
      'Нұсқаманың орындалғаны туралы 4-бөлімде көрсетілген жою мерзімі ішінде ' +
      (executor
        ? `орындаушыға ${executor.email} электрондық поштасына жауап хатпен немесе ${executor.phone} телефоны арқылы `
        : 'уәкілетті органға ') +
      `нұсқаманың нөмірін (№ ${number}) көрсете отырып хабарлаңыз.`,
    executorLine: (position, name, phone, email) => `Орындаушы: ${position} ${name}, тел. ${phone}, эл. пошта: ${email}`,
    // The norms themselves: the definition, the law that empowers, the Rules that govern the procedure.
    basis:
      `${kkLaws.childRights} 1-бабының 4-1) тармақшасы; ${kkLaws.massMedia} 40-бабы; ${kkLaws.rules}.`,
    decisionSigned: (protocolNumber, signed) =>
      `Сараптама тобының № ${protocolNumber} хаттамасына жүйеде қол қойғандар: ` +
      `${signed.map((s) => `${s.role} ${s.name} — ${s.at}`).join('; ')}.`,
    decisionUnsigned: (protocolNumber) =>
      `Осы нұсқаманы қалыптастыру кезінде сараптама тобының № ${protocolNumber} хаттамасына жүйеде әлі қол қойылмаған.`,
    signatory: 'Уәкілетті органның лауазымды адамы',
    signatureHint: '(қолы)',
    nameHint: '(тегі, аты-жөні)',
  },
  ru: {
    title: 'ПРЕДПИСАНИЕ',
    subject: 'об удалении информации, признанной кибербуллингом в отношении ребенка',
    numberLine: (number) => `№ ${number}`,
    // Art. 40 of the Law «О масс-медиа»: addressed to the owner and (or) legal representative.
    addresseeLabel: 'Собственнику и (или) законному представителю интернет-ресурса:',
    contactLabel: 'Контакты',
    // Art. 40 of the Law «О масс-медиа»: the prescription goes to the owner and (or) legal
    // representative of the resource — named as in the registry; a gap is said, not papered over.
    legalNameMissing: '(наименование юридического лица в реестре не указано)',
    binLine: (bin) => `БИН: ${bin}`,
    registrationLine: (registration) => `Иностранная регистрация: ${registration}`,
    binMissing: 'БИН в реестре не указан',
    addressLine: (address) => `Адрес: ${address}`,
    addressMissing: 'Адрес в реестре не указан',
    // Art. 40 of the Law «О масс-медиа» and the Rules (562-НҚ): the authorised body sends it.
    intro: (ministry, { protocolNumber, decidedAt }) =>
      `Уполномоченный орган — ${ministry} в соответствии со статьей 40 ${ruLaws.massMedia} ` +
      `на основании решения экспертной группы, оформленного протоколом № ${protocolNumber} от ${decidedAt}, ` +
      'по подтвержденному факту кибербуллинга в отношении ребенка направляет настоящее предписание.',
    sections: {
      decision: 'Решение экспертной группы',
      definition: 'Понятие кибербуллинга',
      urls: 'Информация, подлежащая удалению',
      demand: 'Требование',
      compliance: 'Сообщение об исполнении',
      basis: 'Правовое основание',
    },
    // The Rules (Order No. 562-НҚ of 26.11.2024): the panel's decision, recorded in a protocol.
    decision: ({ protocolNumber, decidedAt, caseNumber }) =>
      `Решением экспертной группы, оформленным протоколом № ${protocolNumber} от ${decidedAt}, ` +
      `по делу ${caseNumber} в соответствии с ${ruLaws.rulesCited}, подтвержден факт кибербуллинга в отношении ребенка.`,
    urlsIntro: 'Информация, размещенная по следующим адресам, признана кибербуллингом в отношении ребенка:',
    // The Rules (562-НҚ): removal within 24 hours of receipt (the period comes from settings).
    demand: (hours) =>
      `Требуем удалить указанную информацию в течение ${hoursRu(hours)} с момента получения ` +
      'настоящего предписания и сообщить уполномоченному органу об исполнении.',
    // Art. 40 of the Law «О масс-медиа»: non-compliance is a ground to suspend access.
    warning:
      `В соответствии со статьей 40 ${ruLaws.massMedia} неисполнение предписания в установленный срок ` +
      'является основанием для приостановления доступа к интернет-ресурсу.',
    // Art. 40 of the Law «О масс-медиа» and the Rules (562-НҚ): the owner removes the content
    // and informs the authorised body; the number lets the executor match the reply to the prescription.
    compliance: (number, executor) =>
      'Об исполнении предписания сообщите в пределах срока удаления, указанного в разделе 4, ' +
      (executor
        ? `ответным письмом исполнителю на адрес ${executor.email} или по телефону ${executor.phone}, `
        : 'уполномоченному органу, ') +
      `указав номер предписания (№ ${number}).`,
    executorLine: (position, name, phone, email) => `Исполнитель: ${position} ${name}, тел. ${phone}, e-mail: ${email}`,
    // The norms themselves: the definition, the law that empowers, the Rules that govern the procedure.
    basis:
      `Подпункт 4-1) статьи 1 ${ruLaws.childRights}; статья 40 ${ruLaws.massMedia}; ` +
      `${ruLaws.rules}.`,
    decisionSigned: (protocolNumber, signed) =>
      `Протокол экспертной группы № ${protocolNumber} подписан в системе: ` +
      `${signed.map((s) => `${s.role.toLowerCase()} ${s.name} — ${s.at}`).join('; ')}.`,
    decisionUnsigned: (protocolNumber) =>
      `На момент формирования настоящего предписания протокол экспертной группы № ${protocolNumber} в системе не подписан.`,
    signatory: 'Должностное лицо уполномоченного органа',
    signatureHint: '(подпись)',
    nameHint: '(фамилия, инициалы)',
  },
};
