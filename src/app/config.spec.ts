import { describe, expect, it } from 'vitest';
import { configFromLocation, dataParam, DEFAULT_DATA_URL, THEME_STORAGE_KEY } from './config';

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === THEME_STORAGE_KEY ? value : null),
});

describe('configFromLocation', () => {
  it('reads the graph file location from ?data=, defaulting to graph.json', () => {
    expect(configFromLocation({ search: '' }).dataUrl).toBe(DEFAULT_DATA_URL);
    expect(configFromLocation({ search: '?data=https%3A%2F%2Fexample.org%2Fg.json' }).dataUrl).toBe(
      'https://example.org/g.json',
    );
    expect(configFromLocation({ search: '?data=' }).dataUrl).toBe(DEFAULT_DATA_URL);
  });

  it('never takes a script, inline data or a local file for the graph file', () => {
    for (const data of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      const search = `?data=${encodeURIComponent(data)}`;
      const config = configFromLocation({ search, href: `https://lab.example/net/${search}` });
      expect(config.dataUrl, data).toBe(DEFAULT_DATA_URL);
      expect(config.links?.data, data).toBeNull();
      expect(dataParam(search), data).toBeNull();
    }
    expect(dataParam('?data=%20other.json%20')).toBe('other.json');
  });

  it('passes the query on as the initial state and syncs with the address bar', () => {
    const config = configFromLocation({ search: '?author=x&from=2020' });
    expect(config.initialQuery).toBe('?author=x&from=2020');
    expect(config.syncLocation).toBe(true);
  });

  it('takes the theme from the link, else the saved choice, else the system', () => {
    expect(configFromLocation({ search: '?theme=dark' }, storage('light'))).toMatchObject({
      theme: 'dark',
      persistTheme: false,
    });
    expect(configFromLocation({ search: '' }, storage('light'))).toMatchObject({
      theme: 'light',
      persistTheme: true,
    });
    expect(configFromLocation({ search: '?theme=purple' }, storage('nonsense')).theme).toBe(
      'system',
    );
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(configFromLocation({ search: '' }, throwing).theme).toBe('system');
  });
});

describe('configFromLocation for embeds', () => {
  it('keeps an embed out of the history and its theme out of storage', () => {
    const config = configFromLocation(
      { search: '?embed=1&panels=0', href: 'https://lab.example/net/?embed=1&panels=0' },
      storage('dark'),
    );
    expect(config).toMatchObject({
      embed: true,
      panels: false,
      syncLocation: false,
      theme: 'dark',
      persistTheme: false,
    });
    expect(configFromLocation({ search: '?embed=1&history=1' }).syncLocation).toBe(true);
  });

  it('links to the full page, the element script and the graph beside it', () => {
    expect(
      configFromLocation({ search: '?embed=1', href: 'https://lab.example/net/?embed=1#x' }).links,
    ).toEqual({
      pageUrl: 'https://lab.example/net/',
      data: null,
      graphUrl: 'https://lab.example/net/graph.json',
      scriptUrl: 'https://lab.example/net/coauthor-atlas.js',
    });
    expect(
      configFromLocation({
        search: '?data=g%2Fother.json',
        href: 'https://lab.example/net/index.html?data=g%2Fother.json',
      }).links,
    ).toMatchObject({ data: 'g/other.json', graphUrl: 'https://lab.example/net/g/other.json' });
    expect(configFromLocation({ search: '', href: 'file:///tmp/atlas.html' }).links).toBeNull();
  });
});
