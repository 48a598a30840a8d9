import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';
import { corpus } from './_lib/data';

export const metadata: Metadata = {
  title: { default: 'plandiff: peace-plan versions, compared', template: '%s · plandiff' },
  description: 'Compare versions of the Gaza and Ukraine peace plans point by point: what is known, what is only reported, and who says so.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const c = corpus();
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">Skip to content</a>
        <header className="site">
          <Link className="brand" href="/">plandiff</Link>
          <nav aria-label="Site">
            <Link href="/">Versions</Link> · <Link href="/draft">Compare a new draft</Link> · <Link href="/corrections">Corrections</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site">
          Corpus version {c.version} ({c.versionDate}), <Link href="/corrections">corrections log</Link>. Every statement links its source; statuses: known (text from a primary document), reported
          (described by named sources, no text), unknown (exists, content not public).
        </footer>
      </body>
    </html>
  );
}
