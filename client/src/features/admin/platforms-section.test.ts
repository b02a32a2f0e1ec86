import { describe, expect, it } from 'vitest';
import { platformInputOf } from './platforms-section';

describe('platformInputOf', () => {
  it('trims every text and sends an empty optional one as null ("not recorded")', () => {
    const form = {
      name: ' TikTok ', nameKk: ' ', representative: 'Законный представитель TikTok ', representativeKk: '  ', representativeContact: '',
      legalNameKk: '«Демо» ЖШС', legalNameRu: 'ТОО «Демо»', bin: ' 051140000718 ', registration: '', addressKk: '', addressRu: '',
    };
    expect(platformInputOf(form)).toEqual({
      name: 'TikTok', nameKk: null, representative: 'Законный представитель TikTok', representativeKk: null, representativeContact: null,
      legalNameKk: '«Демо» ЖШС', legalNameRu: 'ТОО «Демо»', bin: '051140000718', registration: null, addressKk: null, addressRu: null,
    });
  });
});
