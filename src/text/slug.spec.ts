import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Martin Takáč', 'martin-takac'],
    ['Celestine Mendler-Dünner', 'celestine-mendler-dunner'],
    ['Gerhard Straße', 'gerhard-strasse'],
    ['Łukasz Kaiser', 'lukasz-kaiser'],
    ['Αλέξανδρος Θεοδωρίδης', 'alexandros-theodoridis'],
    ['Андрей Тихонов', 'andrei-tikhonov'],
    ['Юлия Щербакова', 'yuliya-shcherbakova'],
    ['Tao Lin 0004', 'tao-lin-0004'],
  ])('%j is %j', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('gives a name with no Latin spelling a stable ASCII id of its own', () => {
    const li = slugify('李四');
    expect(li).toMatch(/^author-[0-9a-z]+$/);
    expect(slugify('李四')).toBe(li);
    expect(slugify('王五')).not.toBe(li);
    expect(slugify('Li 李四')).toMatch(/^li-[0-9a-z]+$/);
  });

  it('is always ASCII', () => {
    for (const name of ['Zoë Ní Fhlannagáin', 'محمد علي', '<img src=x>', '', '   '])
      expect(slugify(name)).toMatch(/^[a-z0-9-]+$/);
  });
});
