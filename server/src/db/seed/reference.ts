// Reference data every installation starts with; the admin edits it afterwards.

export const PLATFORMS = [
  { code: 'tiktok', name: 'TikTok', hosts: ['tiktok.com'], representative: 'Законный представитель TikTok в Республике Казахстан' },
  { code: 'instagram', name: 'Instagram', hosts: ['instagram.com', 'instagr.am'], representative: 'Законный представитель Meta Platforms, Inc. в Республике Казахстан' },
  { code: 'facebook', name: 'Facebook', hosts: ['facebook.com', 'fb.com', 'fb.watch'], representative: 'Законный представитель Meta Platforms, Inc. в Республике Казахстан' },
  { code: 'whatsapp', name: 'WhatsApp', hosts: ['whatsapp.com', 'wa.me'], representative: 'Законный представитель Meta Platforms, Inc. в Республике Казахстан' },
  { code: 'telegram', name: 'Telegram', hosts: ['t.me', 'telegram.me', 'telegram.org'], representative: 'Законный представитель Telegram в Республике Казахстан' },
  { code: 'youtube', name: 'YouTube', hosts: ['youtube.com', 'youtu.be'], representative: 'Законный представитель Google LLC в Республике Казахстан' },
  { code: 'vk', name: 'ВКонтакте', hosts: ['vk.com', 'vk.ru', 'vkontakte.ru'], representative: 'Законный представитель ООО «ВК» в Республике Казахстан' },
  { code: 'ok', name: 'Одноклассники', hosts: ['ok.ru', 'odnoklassniki.ru'], representative: 'Законный представитель ООО «ВК» в Республике Казахстан' },
  { code: 'x', name: 'X (Twitter)', hosts: ['x.com', 'twitter.com'], representative: 'Законный представитель X Corp. в Республике Казахстан' },
  { code: 'likee', name: 'Likee', hosts: ['likee.video', 'likee.com'], representative: 'Законный представитель Likee в Республике Казахстан' },
  { code: 'snapchat', name: 'Snapchat', hosts: ['snapchat.com'], representative: 'Законный представитель Snap Inc. в Республике Казахстан' },
  { code: 'discord', name: 'Discord', hosts: ['discord.com', 'discord.gg'], representative: 'Законный представитель Discord Inc. в Республике Казахстан' },
] as const;
