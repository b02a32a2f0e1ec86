// Reference data every installation starts with; the admin edits it afterwards.

// The representative in both languages; the owners' legal entities as they name themselves (public
// registrations abroad: no Kazakhstan BIN). Addresses only where the owner publishes one; the
// admin completes the rest (the prescription says plainly what is not recorded).
const owner = (ru: string, kk: string = ru) => ({
  representative: `Законный представитель ${ru} в Республике Казахстан`,
  representativeKk: `${kk} компаниясының Қазақстан Республикасындағы заңды өкілі`,
});
const foreign = (legalName: string, registration: string, address?: { kk: string; ru: string }) => ({
  legalNameKk: legalName, legalNameRu: legalName, registration,
  ...(address ? { addressKk: address.kk, addressRu: address.ru } : {}),
});
const META = foreign('Meta Platforms, Inc.', 'USA, Delaware', { kk: '1 Meta Way, Menlo Park, CA 94025, АҚШ', ru: '1 Meta Way, Menlo Park, CA 94025, США' });

export const PLATFORMS = [
  { code: 'tiktok', name: 'TikTok', hosts: ['tiktok.com'], ...owner('TikTok'), ...foreign('TikTok Pte. Ltd.', 'Singapore') },
  { code: 'instagram', name: 'Instagram', hosts: ['instagram.com', 'instagr.am'], ...owner('Meta Platforms, Inc.'), ...META },
  { code: 'facebook', name: 'Facebook', hosts: ['facebook.com', 'fb.com', 'fb.watch'], ...owner('Meta Platforms, Inc.'), ...META },
  { code: 'whatsapp', name: 'WhatsApp', hosts: ['whatsapp.com', 'wa.me'], ...owner('Meta Platforms, Inc.'), ...META },
  { code: 'telegram', name: 'Telegram', hosts: ['t.me', 'telegram.me', 'telegram.org'], ...owner('Telegram'), ...foreign('Telegram FZ-LLC', 'United Arab Emirates') },
  { code: 'youtube', name: 'YouTube', hosts: ['youtube.com', 'youtu.be'], ...owner('Google LLC'), ...foreign('Google LLC', 'USA, Delaware', { kk: '1600 Amphitheatre Parkway, Mountain View, CA 94043, АҚШ', ru: '1600 Amphitheatre Parkway, Mountain View, CA 94043, США' }) },
  { code: 'vk', name: 'ВКонтакте', hosts: ['vk.com', 'vk.ru', 'vkontakte.ru'], ...owner('ООО «ВК»', '«ВК» ЖШҚ'), legalNameKk: '«ВК» ЖШҚ', legalNameRu: 'ООО «ВК»', registration: 'Russian Federation' },
  { code: 'ok', name: 'Одноклассники', hosts: ['ok.ru', 'odnoklassniki.ru'], ...owner('ООО «ВК»', '«ВК» ЖШҚ'), legalNameKk: '«ВК» ЖШҚ', legalNameRu: 'ООО «ВК»', registration: 'Russian Federation' },
  { code: 'x', name: 'X (Twitter)', hosts: ['x.com', 'twitter.com'], ...owner('X Corp.'), ...foreign('X Corp.', 'USA') },
  { code: 'likee', name: 'Likee', hosts: ['likee.video', 'likee.com'], ...owner('Likee') },
  { code: 'snapchat', name: 'Snapchat', hosts: ['snapchat.com'], ...owner('Snap Inc.'), ...foreign('Snap Inc.', 'USA, Delaware') },
  { code: 'discord', name: 'Discord', hosts: ['discord.com', 'discord.gg'], ...owner('Discord Inc.'), ...foreign('Discord Inc.', 'USA, Delaware') },
] as const;
