// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fileStemOf } from './download';

describe('fileStemOf', () => {
  it('keeps words in any script, one hyphen for every other run', () => {
    expect(fileStemOf('Брифинг ООН: 2026', 'briefing')).toBe('Брифинг-ООН-2026');
    expect(fileStemOf('网络犯罪 简报', 'briefing')).toBe('网络犯罪-简报');
    expect(fileStemOf('إحاطة الأمم المتحدة', 'briefing')).toBe('إحاطة-الأمم-المتحدة');
    expect(fileStemOf('Budapest / UN … today', 'briefing')).toBe('Budapest-UN-today');
  });

  it('takes no path, control character or dot-name, and falls back when nothing is left', () => {
    expect(fileStemOf('../../etc/passwd', 'briefing')).toBe('etc-passwd');
    expect(fileStemOf('a\u0000b\nc', 'briefing')).toBe('a-b-c');
    expect(fileStemOf(' … ', 'briefing')).toBe('briefing');
    expect(fileStemOf('x'.repeat(200), 'briefing')).toHaveLength(80);
  });
});
