import { describe, expect, it } from 'vitest';
import { endsComplete, isHeadingLike, isMarkerOnly, isNextSibling, listItemText, markerOf } from './txt-markers.ts';

describe('markerOf', () => {
  it.each([
    ['第一部分 定义', 0, '第一部分', 1],
    ['第十二条 附则', 2, '第十二条', 12],
    ['八、如何联系我们', 3, '八、', 8],
    ['（二十三）删除', 4, '（二十三）', 23],
    ['(三)公开披露', 4, '(三)', 3],
    ['1、基础会员服务', 5, '1、', 1],
    ['9. 本方针生效时间', 5, '9.', 9],
    ['(6)车服到家认为', 6, '(6)', 6],
    ['1)供应商', 6, '1)', 1],
    ['③ 第三项', 7, '③', 3],
  ])('reads %s', (line, rank, text, number) => {
    expect(markerOf(line)).toEqual({ rank, text, number });
  });

  it('does not take decimals, years or letters for numbering', () => {
    expect(markerOf('6.32分起床')).toBeUndefined();
    expect(markerOf('2020.01.01')).toBeUndefined();
    expect(markerOf('一旦您使用')).toBeUndefined();
    expect(markerOf('a 您在电商平台')).toBeUndefined();
  });
});

describe('line shapes', () => {
  it('knows list items by bullet or letter, but not "*" notes', () => {
    expect(listItemText('• 1.用户名及密码;')).toBe('1.用户名及密码;');
    expect(listItemText('a 您在电商平台进行交易')).toBe('a 您在电商平台进行交易');
    expect(listItemText('* 请特别注意')).toBeUndefined();
  });

  it('tells titles from items and finished lines from broken ones', () => {
    expect(isHeadingLike('三、个人信息收集的目的与分类')).toBe(true);
    expect(isHeadingLike('2、在您使用服务过程中收集的信息。')).toBe(true);
    expect(isHeadingLike('1.向您提供关于产品的相关服务,并维护、改进这些服务')).toBe(false);
    expect(isHeadingLike('2.我们可能在必要时(例如')).toBe(false);
    expect(isMarkerOnly('二、')).toBe(true);
    expect(isMarkerOnly('(1)')).toBe(true);
    expect(endsComplete('请联系我们。联系邮箱:')).toBe(true);
    expect(endsComplete('（法律或政府的强制性规定不在此限）。')).toBe(true);
    expect(endsComplete('若您继续使用我们的')).toBe(false);
  });

  it('sees the next number at the same level as a sibling', () => {
    const [a, b, c] = ['七、更新', '八、联系', '(八)其他'].map((l) => markerOf(l)!);
    expect(isNextSibling(a!, b!)).toBe(true);
    expect(isNextSibling(b!, a!)).toBe(false);
    expect(isNextSibling(a!, c!)).toBe(false);
  });
});
