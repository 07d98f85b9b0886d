import { describe, expect, it } from 'vitest';
import { piecesFit, unbreakable } from './wordFit';

describe('unbreakable: the pieces a line never breaks inside', () => {
  it('breaks at spaces and after a hyphen, slash or dash, not at a no-break space', () => {
    expect(unbreakable('Bosnia and Herzegovina')).toEqual(['Bosnia', 'and', 'Herzegovina']);
    expect(unbreakable('Guinea-Bissau / Timor–Leste')).toEqual(['Guinea-', 'Bissau', '/', 'Timor–', 'Leste']);
    // French: the colon and the date's parts are held by no-break spaces
    expect(unbreakable('Chine\u00a0: 27\u00a0décembre\u00a02019')).toEqual(['Chine\u00a0:', '27\u00a0décembre\u00a02019']);
  });
  it('keeps a hyphen or slash before a digit whole ("74/247", "2019-12-27")', () => {
    expect(unbreakable('A/RES/74/247 on 2019-12-27')).toEqual(['A/', 'RES/74/247', 'on', '2019-12-27']);
  });
  it('makes each Chinese character a piece, and the Latin between them one', () => {
    expect(unbreakable('缔约国（CETS 185）：2009年')).toEqual(['缔', '约', '国', '（', 'CETS', '185', '）', '：', '2009', '年']);
  });
});

describe('piecesFit', () => {
  const width = (s: string) => s.length * 7;
  it('is false as soon as one piece is wider than the room, whatever the letter count', () => {
    expect(piecesFit(['Bosnia and Herzegovina'], 77, width)).toBe(true); // 11 letters of 7 px
    expect(piecesFit(['Bosnia and Herzegovina'], 76, width)).toBe(false);
    expect(piecesFit(['Republic of Korea', 'WWWW'], 20, (s) => (s === 'WWWW' ? 48 : 14))).toBe(false);
  });
  it('fits a long Chinese phrase in a narrow column, character by character', () => {
    expect(piecesFit(['大不列颠及北爱尔兰联合王国'], 14, () => 12)).toBe(true);
  });
});
