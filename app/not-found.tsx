import { NotFoundHelp } from './not-found-help';

/**
 * The not-found page, which a static host also serves for any address it has no file for. So it is also where an
 * older permalink of a pair that is no longer pre-rendered arrives (/compare/<a>/<b>, …/cited?v=): NotFoundHelp
 * opens that comparison, with its query and row. A mistyped id gets the closest valid one.
 */
export default function NotFound() {
  return (
    <>
      {/* An old comparison address opens where it lives now, before the rest of this page loads. A file, not an
          inline script, and the ids come from /data/site.json: Next keeps the not-found tree in every page's
          payload, so nothing in it may grow with the corpus. */}
      <script src="/data/moved.js" />
      <h1>Not found</h1>
      <p>There is no such page.</p>
      <NotFoundHelp />
      <p>
        See <a href="/">all versions</a> to compare any two.
      </p>
    </>
  );
}
