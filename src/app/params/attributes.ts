/**
 * `<coauthor-atlas>` attributes: they mirror the URL parameters (kebab-case where the
 * parameter is camelCase, since HTML lowercases attribute names) and take the same values.
 * On mount they become the initial state; a later change becomes one command, so a reader's
 * own changes to other filters survive a host changing, say, the selected author.
 */
import { DEFAULT_RESOLUTION, PARAM } from './url';
import type { AtlasCommand } from '../host/commands';
import {
  parseAuthorReference,
  parseColour,
  parseCounting,
  parseEgo,
  parseFlag,
  parseMinJoint,
  parseResolution,
  parseTheme,
  parseView,
  parseYear,
  type Parsed,
} from './parsers';

/** Attributes that set the map's state, and the URL parameter each mirrors. */
export const STATE_ATTRIBUTES = {
  author: PARAM.author,
  with: PARAM.with,
  from: PARAM.yearFrom,
  to: PARAM.yearTo,
  'min-joint': PARAM.minWeight,
  'hide-owner': PARAM.hideOwner,
  resolution: PARAM.resolution,
  view: PARAM.view,
  theme: 'theme',
  path: PARAM.path,
  ego: PARAM.ego,
  counting: PARAM.counting,
  colour: PARAM.colour,
  internal: PARAM.internalOnly,
  year: PARAM.year,
} as const;

export type StateAttribute = keyof typeof STATE_ATTRIBUTES;

/** Attributes that shape the whole app: changing one mounts it afresh. */
export const MOUNT_ATTRIBUTES = ['src', 'panels', 'history'] as const;
export type MountAttribute = (typeof MOUNT_ATTRIBUTES)[number];

export type ElementAttribute = StateAttribute | MountAttribute;

/**
 * The URL parameter's own spelling, as HTML keeps it (`minJoint` arrives as `minjoint`): a
 * host who copies parameter names into attributes is understood too.
 */
export const ATTRIBUTE_ALIASES: Readonly<Record<string, StateAttribute>> = {
  minjoint: 'min-joint',
  hideowner: 'hide-owner',
  color: 'colour',
};

/** Every attribute the element watches, aliases included. */
export const ELEMENT_ATTRIBUTES: readonly string[] = [
  ...Object.keys(STATE_ATTRIBUTES),
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

const PARSERS: Record<StateAttribute, (text: string) => Parsed<unknown>> = {
  author: parseAuthorReference,
  with: parseAuthorReference,
  from: parseYear,
  to: parseYear,
  'min-joint': parseMinJoint,
  'hide-owner': (text) => booleanAttribute('hide-owner', text),
  resolution: parseResolution,
  view: parseView,
  theme: parseTheme,
  path: parseAuthorReference,
  ego: parseEgo,
  counting: parseCounting,
  colour: parseColour,
  internal: (text) => booleanAttribute('internal', text),
  year: parseYear,
};

/** Boolean attributes: present (and not "0"/"false") means on. */
const BOOLEAN_ATTRIBUTES: ReadonlySet<StateAttribute> = new Set(['hide-owner', 'internal']);

export function isStateAttribute(name: string): name is StateAttribute {
  return Object.hasOwn(STATE_ATTRIBUTES, name);
}

/** The initial state as a query string, as a link with the same parameters would give. */
export function attributesToQuery(read: ReadAttribute): { query: string; warnings: string[] } {
  const params = new URLSearchParams();
  const warnings: string[] = [];
  const withoutAuthor = read('with') !== null && read('author') === null;
  for (const name of Object.keys(STATE_ATTRIBUTES) as StateAttribute[]) {
    const value = read(name);
    if (value === null || (name === 'with' && withoutAuthor)) continue;
    const parsed = PARSERS[name](value);
    if (!parsed.ok) {
      warnings.push(`<coauthor-atlas ${name}="${value}">: ${parsed.reason}; ignored`);
      continue;
    }
    const written = BOOLEAN_ATTRIBUTES.has(name) ? (parsed.value ? '1' : '0') : value.trim();
    params.set(STATE_ATTRIBUTES[name], written);
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
    case 'from':
    case 'to': {
      if (value === null) return command({ type: 'set-filters', filters: { [name]: null } });
      const year = parseYear(value);
      return year.ok
        ? command({ type: 'set-filters', filters: { [name]: year.value } })
        : fail(year.reason);
    }
    case 'min-joint': {
      if (value === null) return command({ type: 'set-filters', filters: { minJoint: 1 } });
      const minJoint = parseMinJoint(value);
      return minJoint.ok
        ? command({ type: 'set-filters', filters: { minJoint: minJoint.value } })
        : fail(minJoint.reason);
    }
    case 'hide-owner': {
      const hide = flagAttribute(name, value, false);
      return hide.ok
        ? command({ type: 'set-filters', filters: { hideOwner: hide.value } })
        : fail(hide.reason);
    }
    case 'resolution': {
      if (value === null) {
        return command({ type: 'set-filters', filters: { resolution: DEFAULT_RESOLUTION } });
      }
      const resolution = parseResolution(value);
      return resolution.ok
        ? command({ type: 'set-filters', filters: { resolution: resolution.value } })
        : fail(resolution.reason);
    }
    case 'view': {
      if (value === null) return command({ type: 'set-view', view: 'map' });
      const view = parseView(value);
      return view.ok ? command({ type: 'set-view', view: view.value }) : fail(view.reason);
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
    case 'ego': {
      if (value === null) return command({ type: 'set-ego', ego: 0 });
      const ego = parseEgo(value);
      return ego.ok ? command({ type: 'set-ego', ego: ego.value }) : fail(ego.reason);
    }
    case 'counting': {
      if (value === null) return command({ type: 'set-filters', filters: { counting: 'full' } });
      const counting = parseCounting(value);
      return counting.ok
        ? command({ type: 'set-filters', filters: { counting: counting.value } })
        : fail(counting.reason);
    }
    case 'colour': {
      if (value === null) return command({ type: 'set-colour', colour: 'community' });
      const colour = parseColour(value);
      return colour.ok
        ? command({ type: 'set-colour', colour: colour.value })
        : fail(colour.reason);
    }
    case 'internal': {
      const internal = flagAttribute(name, value, false);
      return internal.ok
        ? command({ type: 'set-filters', filters: { internal: internal.value } })
        : fail(internal.reason);
    }
    case 'year': {
      if (value === null) return command({ type: 'set-filters', filters: { year: null } });
      const year = parseYear(value);
      return year.ok
        ? command({ type: 'set-filters', filters: { year: year.value } })
        : fail(year.reason);
    }
    case 'theme': {
      if (value === null) return command({ type: 'set-theme', theme: 'system' });
      const theme = parseTheme(value);
      return theme.ok ? command({ type: 'set-theme', theme: theme.value }) : fail(theme.reason);
    }
  }
}
