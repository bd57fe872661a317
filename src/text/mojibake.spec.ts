import { describe, expect, it } from 'vitest';
import { onlyRunsAndAscii, repairMojibake } from './mojibake';

describe('repairMojibake', () => {
  it.each([
    ['JosÃ© GarcÃ­a', 'José García'],
    ['Bernhard SchÃ¶lkopf and JÃ¼rgen Schmidhuber', 'Bernhard Schölkopf and Jürgen Schmidhuber'],
    ['Primal-Dual Methods â€“ A Survey', 'Primal-Dual Methods – A Survey'],
    ['Itâ€™s â€œlazyâ€\u009D, not slowâ€¦', 'It’s “lazy”, not slow…'],
    ['MartÃ\u00ADn TakÃ¡Ä\u008D', 'Martín Takáč'],
    ['Ð\u0090Ð½Ð´Ñ€ÐµÐ¹ Ð¢Ð¸Ñ…Ð¾Ð½Ð¾Ð²', 'Андрей Тихонов'],
    ['æ\u009D\u008Eå\u009B\u009B', '李四'],
  ])('decodes %j', (broken, clean) => {
    expect(repairMojibake(broken)).toBe(clean);
  });

  it('decodes text that was encoded twice', () => {
    expect(repairMojibake('JosÃƒÂ© GarcÃƒÂ­a')).toBe('José García');
  });

  it.each([
    'Ã',
    'Â',
    'JOÃO SILVA',
    'Âncora Â and Ã la carte',
    'Gaël Varoquaux and Léon Bottou — an aside',
    'Æsir, Þór, ÿ, «quoted» and ±3 dB',
    'è«» in a sentence with other words',
  ])('leaves %j as it is', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('repairs the broken runs of a text that also holds clean non-Latin characters', () => {
    expect(repairMojibake('Ã© is the broken one beside a clean 李')).toBe(
      'é is the broken one beside a clean 李',
    );
  });
});

describe('onlyRunsAndAscii', () => {
  it.each([
    ['æ\u009D\u008Eå\u009B\u009B', true],
    ['ID æ\u009D\u008E and å\u009B\u009B', true],
    ['æ\u009D\u008E', false],
    ['æ\u009D\u008E é å\u009B\u009B', false],
    ['æ\u009D\u008Eå\u009B\u009B é', false],
    ['é æ\u009D\u008Eå\u009B\u009B', false],
    ['plain ASCII', false],
  ])('%j: %s', (text, expected) => {
    expect(onlyRunsAndAscii(text)).toBe(expected);
  });

  it('is not thrown off by being asked again mid-text', () => {
    const text = 'é then æ\u009D\u008Eå\u009B\u009B';
    expect(onlyRunsAndAscii(text)).toBe(false);
    expect(onlyRunsAndAscii(text)).toBe(false);
    expect(repairMojibake('æ\u009D\u008Eå\u009B\u009B and æ\u009D\u008E')).toBe('李四 and 李');
  });
});
