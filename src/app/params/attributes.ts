/**
 * `<coauthor-atlas>` attributes: they mirror the URL parameters (kebab-case where the
 * parameter is camelCase, since HTML lowercases attribute names) and take the same values;
 * names, aliases, parsers and the command each becomes come from the parameter table.
 * On mount they become the initial state; a later change becomes one command, so a reader's
 * own changes to other filters survive a host changing, say, the selected author.
 */
import type { AtlasCommand } from '../host/commands';
import { parseAuthorReference, parseFlag, type Parsed } from './parsers';
import { parseAttributeValue, VIEW_PARAMS, type AnyParam } from './schema';

/** Attributes that set the map's state (the parameter table's), in table order. */
export const STATE_ATTRIBUTES: readonly string[] = VIEW_PARAMS.map(([, spec]) => spec.attribute);
export type StateAttribute = string;

const BY_ATTRIBUTE: ReadonlyMap<string, AnyParam> = new Map(
  VIEW_PARAMS.map(([, spec]) => [spec.attribute, spec]),
);

/** Attributes that shape the whole app: changing one mounts it afresh. */
export const MOUNT_ATTRIBUTES = ['src', 'panels', 'history'] as const;
export type MountAttribute = (typeof MOUNT_ATTRIBUTES)[number];

export type ElementAttribute = StateAttribute | MountAttribute;

/**
 * The URL parameter's own spelling, as HTML keeps it (`minJoint` arrives as `minjoint`): a
 * host who copies parameter names into attributes is understood too.
 */
export const ATTRIBUTE_ALIASES: Readonly<Record<string, StateAttribute>> = Object.fromEntries(
  VIEW_PARAMS.flatMap(([, spec]) =>
    (spec.attributeAliases ?? []).map((alias) => [alias, spec.attribute]),
  ),
);

/** Every attribute the element watches, aliases included. */
export const ELEMENT_ATTRIBUTES: readonly string[] = [
  ...STATE_ATTRIBUTES,
  ...MOUNT_ATTRIBUTES,
  ...Object.keys(ATTRIBUTE_ALIASES),
];

/** An attribute's canonical name (`minjoint` → `min-joint`); others unchanged. */
export function canonicalAttribute(name: string): string {
  return ATTRIBUTE_ALIASES[name] ?? name;
}

/** Reads attributes by canonical name, falling back to the alias spelling. */
export function attributeReader(get: (name: string) => string | null): ReadAttribute {
  const aliasOf = new Map<string, string>(
    Object.entries(ATTRIBUTE_ALIASES).map(([alias, name]) => [name, alias]),
  );
  return (name) => {
    const value = get(name);
    const alias = aliasOf.get(name);
    return value === null && alias ? get(alias) : value;
  };
}

export type ReadAttribute = (name: ElementAttribute) => string | null;

export function isStateAttribute(name: string): name is StateAttribute {
  return BY_ATTRIBUTE.has(name);
}

/** The initial state as a query string, as a link with the same parameters would give. */
export function attributesToQuery(read: ReadAttribute): { query: string; warnings: string[] } {
  const params = new URLSearchParams();
  const warnings: string[] = [];
  const withoutAuthor = read('with') !== null && read('author') === null;
  for (const [name, spec] of BY_ATTRIBUTE) {
    const value = read(name);
    if (value === null || (name === 'with' && withoutAuthor)) continue;
    const parsed = parseAttributeValue(spec, value);
    if (!parsed.ok) {
      warnings.push(`<coauthor-atlas ${name}="${value}">: ${parsed.reason}; ignored`);
      continue;
    }
    params.set(spec.url, spec.flag ? (parsed.value ? '1' : '0') : value.trim());
  }
  if (withoutAuthor) {
    warnings.push('<coauthor-atlas with="…"> needs author="…"; ignored');
  }
  return { query: params.toString() ? `?${params}` : '', warnings };
}

/**
 * A boolean attribute's value: present means on (`hide-owner`, `hide-owner=""`,
 * `hide-owner="hide-owner"`), unless it says `0`, `false` or `no` like a URL parameter would.
 */
export function booleanAttribute(name: string, value: string): Parsed<boolean> {
  // The same rule as the table's boolean attributes (schema.ts parseAttributeValue).
  return value.trim().toLowerCase() === name ? { ok: true, value: true } : parseFlag(value);
}

/** A boolean attribute that may be absent (`panels`, `history`): absent gives `fallback`. */
export function flagAttribute(
  name: string,
  value: string | null,
  fallback: boolean,
): Parsed<boolean> {
  return value === null ? { ok: true, value: fallback } : booleanAttribute(name, value);
}

/**
 * The command for one changed state attribute (its new value already in place), or why it is
 * ignored. A removed attribute goes back to that setting's default.
 */
export function attributeCommand(name: StateAttribute, read: ReadAttribute): Parsed<AtlasCommand> {
  const value = read(name);
  const fail = (reason: string): Parsed<AtlasCommand> => ({
    ok: false,
    reason: `<coauthor-atlas ${name}="${value ?? ''}">: ${reason}; ignored`,
  });
  const command = (value: AtlasCommand): Parsed<AtlasCommand> => ({ ok: true, value });

  switch (name) {
    case 'author':
    case 'with': {
      const author = read('author');
      const other = read('with');
      if (author === null || author.trim() === '') {
        return other !== null && name === 'with'
          ? fail('with needs author')
          : command({ type: 'select-author', author: null });
      }
      const first = parseAuthorReference(author);
      if (!first.ok) return fail(first.reason);
      if (other === null || other.trim() === '') {
        const path = read('path');
        const target = path === null ? null : parseAuthorReference(path);
        return target?.ok
          ? command({ type: 'show-path', author: first.value, path: target.value })
          : command({ type: 'select-author', author: first.value });
      }
      const second = parseAuthorReference(other);
      if (!second.ok) return fail(second.reason);
      return command({ type: 'open-pair', author: first.value, with: second.value });
    }
    case 'path': {
      const author = read('author');
      if (author === null || author.trim() === '') return fail('path needs author');
      const first = parseAuthorReference(author);
      if (!first.ok) return fail(first.reason);
      if (value === null || value.trim() === '') {
        return command({ type: 'show-path', author: first.value, path: null });
      }
      const target = parseAuthorReference(value);
      return target.ok
        ? command({ type: 'show-path', author: first.value, path: target.value })
        : fail(target.reason);
    }
    default:
      return settingCommand(name, value, fail);
  }
}

/** The command for any other setting: its table row says which command and field carry it. */
function settingCommand(
  name: StateAttribute,
  value: string | null,
  fail: (reason: string) => Parsed<AtlasCommand>,
): Parsed<AtlasCommand> {
  const spec = BY_ATTRIBUTE.get(name);
  if (!spec) return fail('not an attribute of the map');
  let setting: unknown = spec.default;
  if (value !== null) {
    const parsed = parseAttributeValue(spec, value);
    if (!parsed.ok) return fail(parsed.reason);
    setting = parsed.value;
  }
  const { type, field } = spec.command;
  const command = (
    type === 'set-filters' ? { type, filters: { [field]: setting } } : { type, [field]: setting }
  ) as AtlasCommand;
  return { ok: true, value: command };
}
