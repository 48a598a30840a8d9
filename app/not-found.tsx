import { siteIndex } from './_lib/data';
import { NotFoundHelp } from './not-found-help';
import { movedIndex, movedScript, type NotFoundIndex } from './_lib/early-redirect';

/**
 * The not-found page, which a static host also serves for any address it has no file for. So it is also where an
 * older permalink of a pair that is no longer pre-rendered arrives (/compare/<a>/<b>, …/cited?v=): NotFoundHelp
 * opens that comparison, with its query and row. A mistyped id gets the closest valid one.
 */
export default function NotFound() {
  const ix = siteIndex();
  const index: NotFoundIndex = { corpusVersion: ix.corpusVersion, archived: ix.archived, plans: ix.plans, knownIds: ix.knownIds, linked: ix.linked };
  return (
    <>
      {/* An old comparison address opens where it lives now, before this page's scripts load. */}
      <script dangerouslySetInnerHTML={{ __html: movedScript(movedIndex(index)) }} />
      <h1>Not found</h1>
      <NotFoundHelp index={index} />
      <p>There is no such page. The versions in the corpus:</p>
      <ul data-testid="valid-ids">
        {ix.plans.map((p) => (
          <li key={p.id}>
            <a href={`/plans/${p.id}`}>{p.shortTitle}</a> <code>{p.id}</code> ({p.date})
          </li>
        ))}
      </ul>
      <p>
        See <a href="/">all versions</a> to compare any two.
      </p>
    </>
  );
}
