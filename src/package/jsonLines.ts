/**
 * JSON with the line of every value, so a config file's mistakes are reported as `file:line`.
 * A small recursive-descent reader (strict JSON: no comments, no trailing commas), giving the
 * value and a map from a path (`embed.theme`, `inputs[1]`) to its 1-based line.
 */
export interface LocatedJson {
  value: unknown;
  lines: Map<string, number>;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseJsonWithLines(text: string): LocatedJson {
  const lines = new Map<string, number>();
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (offset: number) => {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
    return line;
  };
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, lineAt(at));
  };
  const space = () => {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
  };
  const expect = (char: string) => {
    space();
    if (text[at] !== char)
      fail(`expected "${char}" but found ${at < text.length ? `"${text[at]}"` : 'the end'}`);
    at++;
  };
  const string = (): string => {
    space();
    if (text[at] !== '"') fail('expected a "string"');
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\n') fail('a string does not end on its line');
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail('a string never ends');
    at++;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      return fail('a string with a bad escape');
    }
  };
  const value = (path: string): unknown => {
    space();
    lines.set(path, lineAt(at));
    const char = text[at];
    if (char === '{') {
      at++;
      const object: Record<string, unknown> = {};
      space();
      if (text[at] === '}') {
        at++;
        return object;
      }
      for (;;) {
        const key = string();
        if (Object.hasOwn(object, key)) fail(`"${key}" is given twice`);
        expect(':');
        object[key] = value(path ? `${path}.${key}` : key);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        expect('}');
        return object;
      }
    }
    if (char === '[') {
      at++;
      const array: unknown[] = [];
      space();
      if (text[at] === ']') {
        at++;
        return array;
      }
      for (;;) {
        array.push(value(`${path}[${array.length}]`));
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        expect(']');
        return array;
      }
    }
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 64),
    );
    if (!literal) return fail(at < text.length ? `unexpected "${char}"` : 'unexpected end');
    at += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };
  const result = value('');
  space();
  if (at < text.length) fail(`unexpected "${text[at]}" after the end`);
  return { value: result, lines };
}
