import { describe, expect, it } from 'vitest';
import { liteEmbedRequest } from './request.ts';

const req = (path: string) => {
  const url = new URL(path, 'http://x');
  return liteEmbedRequest({ pathname: url.pathname, search: url.search });
};

describe('liteEmbedRequest', () => {
  it('serves a metric’s default comparison without controls', () => {
    expect(req('/embed/compare?metric=gdp&hideControls=1&theme=dark&lang=en&hideTitle=1')).toEqual({
      metric: 'gdp',
      view: 'bar',
      lang: 'en',
      theme: 'dark',
      hideTitle: true,
      hideFootnote: false,
    });
  });
  it('serves a metric’s default trend without controls, and no trend of chosen regions', () => {
    expect(req('/embed/compare?metric=gdp&hideControls=1&view=trend')).toMatchObject({ metric: 'gdp', view: 'trend' });
    expect(req('/embed/compare?metric=gdp&hideControls=1&view=trend&regions=621124')).toBeNull();
    expect(req('/embed/compare?metric=gdp&hideControls=1&view=trend&measure=yoy')).toBeNull();
  });
  it('leaves every other view to the dashboard', () => {
    for (const path of [
      '/embed/compare?metric=gdp',
      '/embed/compare?metric=gdp&hideControls=1&regions=621124',
      '/embed/compare?metric=gdp&hideControls=1&view=table',
      '/embed/compare?metric=gdp&hideControls=1&period=2021',
      '/embed/compare?metric=gdp&hideControls=1&theme=projector',
      '/embed/compare?metric=gdp&hideControls=1&pin=0123456789abcdef',
      '/embed/map?metric=gdp&hideControls=1',
      '/compare?metric=gdp&hideControls=1',
      '/embed/compare?hideControls=1',
    ]) {
      expect(req(path)).toBeNull();
    }
  });
});
