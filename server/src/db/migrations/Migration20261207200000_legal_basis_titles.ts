import { Migration } from '@mikro-orm/migrations';

/**
 * The legal basis printed on new prescriptions, as the laws write it: the Law's official title
 * («О правах ребенка в Республике Казахстан») and its subparagraph «4-1)», not «4.1». A panel that
 * kept the old default gets the new one; one that wrote its own keeps it. Issued prescriptions keep
 * the text they were issued with.
 */
const OLD = { kk: '«Бала құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4.1-тармақшасы; «Масс-медиа туралы» Қазақстан Республикасы Заңының 40-бабының 1-тармағы; Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы № 562-НҚ бұйрығымен бекітілген Қағидалар', ru: 'подпункт 4.1 статьи 1 Закона Республики Казахстан «О правах ребенка»; пункт 1 статьи 40 Закона Республики Казахстан «О масс-медиа»; Правила, утвержденные приказом Министра культуры и информации Республики Казахстан от 26 ноября 2024 года № 562-НҚ' };
const NEW = { kk: '«Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4-1) тармақшасы; «Масс-медиа туралы» Қазақстан Республикасы Заңының 40-бабының 1-тармағы; Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы № 562-НҚ бұйрығымен бекітілген Қағидалар', ru: 'подпункт 4-1) статьи 1 Закона Республики Казахстан «О правах ребенка в Республике Казахстан»; пункт 1 статьи 40 Закона Республики Казахстан «О масс-медиа»; Правила, утвержденные приказом Министра культуры и информации Республики Казахстан от 26 ноября 2024 года № 562-НҚ' };

export class Migration20261207200000_legal_basis_titles extends Migration {
  override async up(): Promise<void> {
    for (const lang of ['kk', 'ru'] as const) {
      this.addSql(`alter table "panel_settings" alter column "legal_basis_${lang}" set default ${literal(NEW[lang])};`);
      this.addSql(`update "panel_settings" set "legal_basis_${lang}" = ${literal(NEW[lang])} where "legal_basis_${lang}" = ${literal(OLD[lang])};`);
    }
  }

  override async down(): Promise<void> {
    for (const lang of ['kk', 'ru'] as const) {
      this.addSql(`alter table "panel_settings" alter column "legal_basis_${lang}" set default ${literal(OLD[lang])};`);
      this.addSql(`update "panel_settings" set "legal_basis_${lang}" = ${literal(OLD[lang])} where "legal_basis_${lang}" = ${literal(NEW[lang])};`);
    }
  }
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
