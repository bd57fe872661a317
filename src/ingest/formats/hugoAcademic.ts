/**
 * A Hugo Academic (Wowchemy, Hugo Blox) site's publications: `content/publication/<slug>/index.md`,
 * one publication a file, its metadata in TOML (`+++`) or YAML (`---`) front matter: `title`,
 * `authors` (a list), `date`, `publication` (the venue, Markdown allowed: `*Journal*`),
 * `publication_types`, `doi`, `abstract`, links (`url_pdf`, `url_preprint`, `links`) that may
 * name an arXiv id.
 *
 * The author `admin` is the site's owner, named in `content/authors/admin/_index.md` (front
 * matter `title`, or `name` in older themes); any author whose folder exists under
 * `content/authors/` is named by that page. The format needs those pages but never reads the
 * disk: `companions(path)` asks the read stage for the files under the site's
 * `content/authors/` that are `<slug>/_index.md`, and the read stage attaches their texts to
 * the source (`SourceText.companions`, the folder in `companionFolder`), read once a site.
 * The resolved `admin` is the listing's owner. When no page names `admin`, the byline leaves
 * `admin` out (a person called "admin" would be wrong, and so would a guess) and is marked
 * incomplete, with a warning at the line of `admin` naming the file to add.
 *
 * Which `.md` files are publications: the ones whose front matter has `title`, `authors` and a
 * publication field (`publication_types`, `publication`, `publication_short`, `doi`); a README,
 * blog posts, talks, author pages and the section's `_index.md` are not, and a folder scan
 * skips them as such (noted in the report, not warned about). Files under a theme
 * (`themes/…`, a theme's `exampleSite/`) are skipped by path: they are the theme's demo
 * content, not the site's.
 *
 * Bounds: YAML aliases are capped (`maxAliasCount`, a billion-laughs document fails at its
 * line), TOML nesting is capped (`maxDepth`), front matter longer than 2,000 lines or 256 KB is
 * not read.
 */
import { isTable, readFrontMatter, splitFrontMatter, str, type Table } from './frontMatter';
import { authorPages, authorSlug } from './hugoAuthors';
import type { VenueType } from '../../model/types';
import { cleanText } from '../../text/fold';
import { normaliseArxiv } from '../ids/normalise';
import { addDoi, idsFromUrl } from './csl';
import { excerpt, splitLines } from './lines';
import type {
  CompanionRequest,
  EntryIds,
  ListingEntry,
  ListingFormat,
  ParseIssue,
  ParsedListing,
  RejectedEntry,
  SourceText,
} from './types';

const ADMIN = 'admin';

const PUBLICATION_FIELDS = ['publication_types', 'publication', 'publication_short', 'doi'];

/**
 * By the field names alone, without parsing: the pipeline hands detectors cleaned lines, whose
 * indentation (YAML's structure) is gone where a line has non-ASCII letters. `parse` reads the
 * text as written.
 */
function detect(lines: readonly string[]): number {
  const front = splitFrontMatter(lines);
  if (!front || 'problem' in front) return 0;
  const keys = new Set<string>();
  for (const line of front.lines) {
    const key = /^\s*["']?([A-Za-z_]+)["']?\s*[:=]/.exec(line)?.[1];
    if (key) keys.add(key);
  }
  return keys.has('title') && keys.has('authors') && PUBLICATION_FIELDS.some((k) => keys.has(k))
    ? 0.95
    : 0;
}

/** `*Journal of X*`, `_X_`, `[X](url)`, `**X**` → plain venue text. */
export function markdownText(text: string): string {
  return cleanText(
    text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_](.+?)[*_](?=$|[^\w*])/g, '$1$2'),
  );
}

/** Wowchemy's numeric types (`"1"` conference paper, `"2"` journal article, `"3"` preprint) and Hugo Blox's CSL names. */
const PUBLICATION_TYPES: Record<string, VenueType> = {
  '1': 'conference',
  '2': 'journal',
  '3': 'preprint',
  'paper-conference': 'conference',
  'article-journal': 'journal',
  article: 'preprint',
};

/** The line (1-based) a front-matter value is printed on: the first line naming it after `from`. */
function lineOf(lines: readonly string[], pattern: RegExp, from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i] ?? '')) return i + 1;
  return undefined;
}

function dateOf(value: unknown): { year: number; month: number; day: number } | undefined {
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ''
        : value.toISOString()
      : (str(value) ?? '');
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? /^(\d{4})/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1000 || year > 2999) return undefined;
  return { year, month: Number(match[2] ?? 0), day: Number(match[3] ?? 0) };
}

function publicationIds(data: Table): EntryIds | undefined {
  const ids: EntryIds = {};
  addDoi(ids, str(data['doi']));
  const urls: string[] = [];
  for (const [key, value] of Object.entries(data))
    if (key.startsWith('url_') && str(value)) urls.push(str(value)!);
  for (const link of Array.isArray(data['links']) ? data['links'] : [])
    if (isTable(link)) {
      const url = str(link['url']);
      if (url) urls.push(url);
      const provider = str(link['provider']) ?? str(link['name']) ?? '';
      const arxiv = /arxiv/i.test(provider) ? normaliseArxiv(str(link['id'])) : undefined;
      if (arxiv && !ids.arxiv) ids.arxiv = arxiv;
    }
  for (const url of urls) idsFromUrl(ids, url);
  return Object.keys(ids).length > 0 ? ids : undefined;
}

function parse(source: SourceText): ParsedListing {
  const { file } = source;
  // The text as written, not the cleaned lines: YAML's indentation is its structure.
  const lines = splitLines(source.text.replace(/^\uFEFF/, ''));
  const issues: ParseIssue[] = [];
  const rejected: RejectedEntry[] = [];
  const entries: ListingEntry[] = [];
  const done = (owner?: string): ParsedListing => ({
    file,
    format: 'hugo-academic',
    ...(owner ? { owner } : {}),
    entries,
    rejected,
    issues,
  });
  const front = splitFrontMatter(lines);
  if (!front) {
    issues.push({
      file,
      line: 1,
      severity: 'warning',
      message: 'no front matter (+++ or ---): not a Hugo publication',
    });
    return done();
  }
  const firstLine = 'problem' in front ? front.line : front.firstLine - 1;
  const ref = { file, line: firstLine };
  const shown = excerpt(lines[firstLine - 1] ?? '');
  if ('problem' in front) {
    rejected.push({ ref, text: shown, reason: front.problem });
    return done();
  }
  const read = readFrontMatter(front);
  if ('problem' in read) {
    rejected.push({
      ref: { file, line: read.line },
      text: excerpt(lines[read.line - 1] ?? ''),
      reason: read.problem,
    });
    return done();
  }
  const { data } = read;
  const title = str(data['title']);
  if (!title) {
    rejected.push({ ref, text: shown, reason: 'no title in the front matter' });
    return done();
  }

  const pages = authorPages(source.companions);
  const printed = (Array.isArray(data['authors']) ? data['authors'] : []).map(str);
  const authors: string[] = [];
  let owner: string | undefined;
  let cut = false;
  const authorsLine = lineOf(lines, /^\s*authors\b/, firstLine) ?? firstLine;
  for (const name of printed) {
    if (!name) {
      issues.push({
        file,
        line: authorsLine,
        severity: 'warning',
        message: 'an author that is not a name was left out',
      });
      continue;
    }
    const page = pages.get(name.toLowerCase()) ?? pages.get(authorSlug(name));
    if (page) {
      authors.push(page);
      if (name.toLowerCase() === ADMIN) owner = page;
      continue;
    }
    if (name.toLowerCase() === ADMIN) {
      cut = true;
      const where = source.companionFolder ?? 'content/authors';
      issues.push({
        file,
        line: lineOf(lines, /\badmin\b/, authorsLine - 1) ?? authorsLine,
        severity: 'warning',
        message: `author "admin" is the site owner, named by ${where}/admin/_index.md, which is missing: add it with the owner's name as its title (title = "Your Name"); "admin" is left out of this byline`,
      });
      continue;
    }
    authors.push(name);
  }
  if (printed.length === 0)
    issues.push({ ...ref, severity: 'warning', message: `no authors for "${excerpt(title, 60)}"` });

  const date = dateOf(data['date']);
  const venueText = str(data['publication']) ?? str(data['publication_short']);
  const venueName = venueText ? markdownText(venueText) || undefined : undefined;
  const types = Array.isArray(data['publication_types']) ? data['publication_types'].map(str) : [];
  const type = types.map((t) => (t ? PUBLICATION_TYPES[t] : undefined)).find(Boolean) ?? 'other';
  const abstract = str(data['abstract']);
  const ids = publicationIds(data);
  const year = date?.year;
  entries.push({
    ref,
    title,
    authors,
    authorsCut: cut || authors.length === 0,
    ownerAdded: false,
    ...(abstract ? { abstract } : {}),
    ...(venueName && year !== undefined
      ? { venue: { name: venueName, year, type, label: `${venueName} ${year}` } }
      : {}),
    ...(date && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31
      ? { date: { ...date, yearInferred: false } }
      : {}),
    ...(year !== undefined && !venueName ? { year } : {}),
    ...(ids ? { ids } : {}),
  });
  return done(owner);
}

/** `…/content/publication/x/index.md` → the site's `…/content/authors`. */
function companions(absolutePath: string): CompanionRequest | undefined {
  if (!/\.md$/i.test(absolutePath)) return undefined;
  const parts = absolutePath.split(/[/\\]/);
  const content = parts.lastIndexOf('content');
  if (content < 0 || content >= parts.length - 2) return undefined;
  const separator = absolutePath.includes('\\') && !absolutePath.includes('/') ? '\\' : '/';
  return {
    folder: [...parts.slice(0, content + 1), 'authors'].join(separator),
    matches: (relative) => /^[^/\\]+[/\\]_index\.md$/i.test(relative),
  };
}

/**
 * A Hugo theme's files (its demo site's publications, its LICENSE and README) are not the
 * site's: every file under a `themes/` or `exampleSite/` folder.
 */
function excludes(absolutePath: string): string | undefined {
  const parts = absolutePath.split(/[/\\]/).slice(0, -1);
  return parts.includes('themes') || parts.includes('exampleSite')
    ? 'part of a Hugo theme (themes/, exampleSite/)'
    : undefined;
}

export const hugoAcademic: ListingFormat = {
  id: 'hugo-academic',
  label: 'Hugo Academic publication',
  extensions: ['.md'],
  onlyIfRecognised: true,
  hint: 'index.md with front matter title, authors, publication',
  detect,
  parse,
  companions,
  excludes,
};
