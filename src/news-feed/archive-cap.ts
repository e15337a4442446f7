/**
 * Further pages a search, a category or the most-viewed order reads of a source whose server cannot be
 * asked for them (a JSON file with `next` links, a most-viewed order WordPress cannot sort by): enough for
 * a few hundred items, few enough that a visitor's phone does not fetch a whole archive.
 * Its own module so that the `check` command reads it too.
 */
export const ARCHIVE_PAGE_CAP = 10;
