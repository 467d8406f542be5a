import { describe, expect, it } from 'vitest';
import { parseDeck, presentHref, slideHref } from './deck.ts';

describe('deck', () => {
  it('round-trips slides and the current slide through the URL', () => {
    const href = presentHref(['/compare?metric=gdp', '/map?metric=gdp&province=620000'], 2);
    const { slides, slide } = parseDeck(new URL(href, 'http://x').searchParams);
    expect(slides).toEqual(['/compare?metric=gdp', '/map?metric=gdp&province=620000']);
    expect(slide).toBe(2);
  });

  it('clamps the slide number and ignores views that cannot be presented', () => {
    const { slides, slide, ignored } = parseDeck(new URLSearchParams('s=/compare&s=https://evil.example/&slide=9'));
    expect(slides).toEqual(['/compare']);
    expect(slide).toBe(1);
    expect(ignored).toEqual(['https://evil.example/']);
  });

  it('drops presentation-only parameters from a slide', () => {
    expect(slideHref('/embed/compare', '?metric=gdp&theme=dark&hideTitle=1')).toBe('/compare?metric=gdp');
  });
});
