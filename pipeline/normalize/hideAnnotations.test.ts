import { describe, expect, it } from 'vitest';
import { hideAnnotations, storedSpan, viewSpan } from './hideAnnotations.ts';

describe('hideAnnotations', () => {
  it('hides inline pinyin after a character, so 增長(zhǎng) reads as 增長 (real repost of 维西县, 2016)', () => {
    const stored = '實現(xiàn)地區(qū)生產(chǎn)總值(GDP)59043萬(wàn)元,同比增長(zhǎng)9.3 %';
    const view = hideAnnotations(stored);
    expect(view.text).toBe('實現地區生產總值(GDP)59043萬元,同比增長9.3 %');
  });

  it('maps a span of the view back to the same characters of the stored text', () => {
    const stored = '全縣農(nóng)林牧漁業(yè)總產(chǎn)值達(dá)9802萬(wàn)元';
    const view = hideAnnotations(stored);
    const at = view.text.indexOf('9802萬元');
    const [s, e] = storedSpan(view, [at, at + '9802萬元'.length]);
    expect(stored.slice(s, e)).toBe('9802萬(wàn)元');
    const whole = storedSpan(view, [0, view.text.length]);
    expect(stored.slice(whole[0], whole[1])).toBe(stored);
  });

  it('maps a stored paragraph to the view', () => {
    const stored = '甲(jiǎ)乙\n丙(bǐng)丁';
    const view = hideAnnotations(stored);
    expect(view.text).toBe('甲乙\n丙丁');
    const [s, e] = viewSpan(view, [stored.indexOf('丙'), stored.length]);
    expect(view.text.slice(s, e)).toBe('丙丁');
  });

  it('keeps acronyms and numbered headings in brackets: (GDP), (一), (PM2.5)', () => {
    const stored = '地区生产总值(GDP)增长6%；(一)工业；细颗粒物(PM2.5)浓度';
    expect(hideAnnotations(stored).changed).toBe(false);
  });

  it('hides a repost tracking token glued to a line end, not a word or an acronym', () => {
    const view = hideAnnotations('同比增长8.1%F9f\n完成投资12亿元GDP\n居全省第1位ab');
    expect(view.text).toBe('同比增长8.1%\n完成投资12亿元GDP\n居全省第1位ab');
  });

  it('leaves a text without annotations as it is', () => {
    const view = hideAnnotations('地区生产总值90.52亿元');
    expect(view.changed).toBe(false);
    expect(storedSpan(view, [2, 4])).toEqual([2, 4]);
  });
});
