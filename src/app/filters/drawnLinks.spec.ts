import { describe, expect, it } from 'vitest';
import { drawingHint, drawingNotice, linkDrawing } from './drawnLinks';

const edges = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([papers, n]) =>
    Array.from({ length: n }, () => ({ papers: Number(papers) })),
  );

describe('linkDrawing', () => {
  it('draws every link of a map within the budget', () => {
    expect(linkDrawing(edges({ 1: 8, 2: 2 }), 'strongest', 10)).toEqual({
      floor: 1,
      drawn: 10,
      visible: 10,
    });
  });

  it('draws the strongest links of a larger map: the lowest floor that fits', () => {
    // 9 links of one joint paper, 3 of two, 2 of five: only the 5 strongest fit 6.
    expect(linkDrawing(edges({ 1: 9, 2: 3, 5: 2 }), 'strongest', 6)).toEqual({
      floor: 2,
      drawn: 5,
      visible: 14,
    });
    expect(linkDrawing(edges({ 1: 9, 2: 3, 5: 2 }), 'strongest', 4)).toEqual({
      floor: 5,
      drawn: 2,
      visible: 14,
    });
  });

  it('still draws the strongest links when they alone pass the budget', () => {
    expect(linkDrawing(edges({ 1: 4, 3: 5 }), 'strongest', 2)).toEqual({
      floor: 3,
      drawn: 5,
      visible: 9,
    });
  });

  it('draws every link when asked, whatever the budget', () => {
    expect(linkDrawing(edges({ 1: 9, 2: 3 }), 'all', 2)).toEqual({
      floor: 1,
      drawn: 12,
      visible: 12,
    });
  });
});

describe('drawingNotice', () => {
  it('names what is drawn, of how many, and the floor', () => {
    expect(drawingNotice({ floor: 2, drawn: 67_225, visible: 713_018 })).toBe(
      'Drawing the 67,225 strongest of 713,018 links (2+ joint papers)',
    );
  });

  it('says nothing when every visible link is drawn', () => {
    expect(drawingNotice({ floor: 1, drawn: 70_000, visible: 70_000 })).toBeNull();
  });
});

describe('drawingHint', () => {
  it('says how many links are drawn and from how many joint papers', () => {
    expect(drawingHint({ floor: 2, drawn: 67_225, visible: 713_018 })).toBe(
      '67,225 of 713,018 links are drawn, those with 2 or more joint papers.',
    );
    expect(drawingHint({ floor: 1, drawn: 713_018, visible: 713_018 })).toBe(
      '713,018 of 713,018 links are drawn.',
    );
  });
});
