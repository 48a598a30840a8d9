'use client';
import { useState } from 'react';

/** Pick any two versions; the earlier one goes on the left unless the reader swaps them on the next page. */
export function ComparePicker({ versions }: { versions: { id: string; label: string; date: string }[] }) {
  const [a, setA] = useState(versions[0]?.id ?? '');
  const [b, setB] = useState(versions[1]?.id ?? '');
  const [error, setError] = useState('');
  const go = (e: React.FormEvent) => {
    e.preventDefault();
    if (a === b) {
      setError('Pick two different versions.');
      return;
    }
    const da = versions.find((v) => v.id === a)!.date;
    const db = versions.find((v) => v.id === b)!.date;
    const [l, r] = da <= db ? [a, b] : [b, a];
    window.location.assign(`/compare/${l}/${r}`);
  };
  return (
    <form onSubmit={go} className="panel" aria-label="Compare two versions">
      <label>
        Version{' '}
        <select name="a" value={a} onChange={(e) => setA(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>{v.label}</option>
          ))}
        </select>
      </label>{' '}
      <label>
        with{' '}
        <select name="b" value={b} onChange={(e) => setB(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>{v.label}</option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">Compare</button>
      <span role="alert" className="muted"> {error}</span>
    </form>
  );
}
