import { describe, expect, it } from 'vitest';
import { configFromLocation, DEFAULT_DATA_URL, THEME_STORAGE_KEY } from './config';

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
