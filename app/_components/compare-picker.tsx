'use client';
import { useEffect, useState } from 'react';
import { compareHref } from '../_lib/site';

/** Pick any two versions; the earlier one goes on the left unless the reader swaps them on the next page. */
export function ComparePicker({ versions, linked }: { versions: { id: string; label: string; date: string }[]; linked: string[] }) {
  const [a, setA] = useState(versions[0]?.id ?? '');
  const [b, setB] = useState(versions[1]?.id ?? '');
  const [error, setError] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const go = (e: React.FormEvent) => {
    e.preventDefault();
    if (a === b) {
      setError('Pick two different versions.');
      return;
    }
    const da = versions.find((v) => v.id === a)!.date;
    const db = versions.find((v) => v.id === b)!.date;
    const [l, r] = da <= db ? [a, b] : [b, a];
    window.location.assign(compareHref(linked, l, r));
  };
  return (
    <form onSubmit={go} className="panel" aria-label="Compare two versions" data-ready={ready ? 'true' : undefined}>
      <label htmlFor="compare-a">Version</label>{' '}
      <select id="compare-a" name="a" value={a} onChange={(e) => setA(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>{v.label}</option>
          ))}
      </select>{' '}
      <label htmlFor="compare-b">with</label>{' '}
      <select id="compare-b" name="b" value={b} onChange={(e) => setB(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>{v.label}</option>
          ))}
      </select>{' '}
      <button type="submit">Compare</button>
      <span role="alert" className="muted"> {error}</span>
    </form>
  );
}
