import { describe, expect, it } from 'vitest';
import { wrap } from './textFit';

describe('wrap keeps a treaty number with its series in a name', () => {
  it('never leaves the number alone on a line, at any width', () => {
    for (const text of ['Конвенция о киберпреступности (Будапештская, CETS 185)', 'Convention sur la cybercriminalité (Budapest, STCE 185)', 'اتفاقية الجريمة الإلكترونية (بودابست، CETS 185)', 'Первый протокол (ETS 189)']) {
      for (let chars = 8; chars <= 60; chars++) for (const line of wrap(text, chars, 9)) expect(line, `${text} ${chars}`).not.toMatch(/^\d+\)$|(CETS|STCE|ETS)$/);
    }
  });
  it('never leaves a Russian date\'s "г." alone on a line', () => {
    const text = 'Будапештская: Государство-участник (25 мая 2011 г.); в силе с 1 сентября 2011 г.';
    for (let chars = 8; chars <= 60; chars++) for (const line of wrap(text, chars, 12)) expect(line, `${chars}`).not.toMatch(/^гг?\./);
  });
  it('still breaks at other spaces, and a code standing alone may break', () => {
    expect(wrap('Budapest Convention (CETS 185)', 20, 3)).toEqual(['Budapest Convention', '(CETS 185)']);
    expect(wrap('CETS 224', 5, 2)).toEqual(['CETS', '224']);
  });
});
