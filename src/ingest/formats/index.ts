import { abstractList } from './abstractList';
import { authorCluster } from './authorCluster';
import { bibtex } from './bibtex';
import { cslJson } from './cslJson';
import { dblpXml } from './dblpXml';
import { hugoAcademic } from './hugoAcademic';
import { openAlex } from './openAlex';
import { profileListing } from './profileListing';
import { ris } from './ris';
import type { ListingFormat } from './types';

/** Every listing format the build step understands. A new format is one file plus one line here. */
export const LISTING_FORMATS: readonly ListingFormat[] = [
  profileListing,
  authorCluster,
  abstractList,
  bibtex,
  cslJson,
  openAlex,
  ris,
  dblpXml,
  hugoAcademic,
];

export type { ListingFormat, ParsedListing, ListingEntry, SourceText, FormatId } from './types';
