import type { Metadata } from 'next';
import { corpus } from '../_lib/data';
import { plansByDate } from '../../lib/corpus/corpus';
import { DraftTool } from './draft-tool';

export const metadata: Metadata = {
  title: 'Compare a new draft',
  description: 'Paste a newly leaked numbered draft and compare it with every version in the corpus, in your browser: the text is sent nowhere.',
};

export default function DraftPage() {
  const c = corpus();
  return (
    <>
      <h1>Compare a new draft</h1>
      <p>
        Paste a numbered list (“1.”, “1)”, “Point 1:”, “(1)”, with “a)” or “-” sub-items) or open a .txt or plan .json file. It is parsed and compared
        with every version in the corpus <strong>in this browser: the text is sent nowhere</strong>. Alignments are computed from text similarity and
        labelled as such, with their scores.
      </p>
      <DraftTool plans={plansByDate(c)} corpusVersion={c.version} corpusDate={c.versionDate} />
    </>
  );
}
