/**
 * Provision histories on a synthetic lineage: 30 versions of 100 points each, a relation file between neighbours
 * (kept 70 %, reworded 20 %, changed 5 %, dropped 5 %; each version's texts an edit of the last), 20 provisions. Prints the median of several runs of
 * history() (every comparison of neighbours included) and exits non-zero above the target of 200 ms.
 */
import { history } from '../lib/history/history';
import type { Corpus } from '../lib/corpus/corpus';
import type { Plan, RelationFile } from '../lib/schema';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const V = Number(process.env.VERSIONS ?? 30);
const N = Number(process.env.POINTS ?? 100);
const r = rng(7);
const words = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}`);
const text = () => Array.from({ length: 60 }, () => words[Math.floor(words.length * r() ** 2)]).join(' ') + '.';
// Each version is an edit of the one before: the relation says what became of each point, and its text follows.
const base = (v: number): Plan => ({
  id: `v${v}`, title: `v${v}`, kind: 'plan-version', shortTitle: `v${v}`, conflict: 'bench', date: `2025-${String(1 + Math.floor(v / 28)).padStart(2, '0')}-${String(1 + (v % 28)).padStart(2, '0')}`,
  knownAsOf: '2025-12-31', declaredPoints: N, origin: { channel: 'official', draftedBy: 'bench', summary: 'synthetic', sources: ['doc'] },
  sources: [{ id: 'doc', outlet: 'bench', title: 'bench', url: 'https://example.org/', published: '2025-01-01', kind: 'official-document' }],
  points: [],
});
const reword = (t: string, share: number) => t.split(' ').map((w) => (r() < share ? words[Math.floor(words.length * r() ** 2)] : w)).join(' ');
let texts = Array.from({ length: N }, text);
const plans: Plan[] = [];
const relations: RelationFile[] = [];
for (let v = 0; v < V; v++) {
  const p = base(v);
  if (v > 0) {
    const rel: RelationFile = { from: `v${v - 1}`, to: p.id, link: 'lineage', summary: 'synthetic', sources: [], relations: [] };
    texts = texts.map((t, k) => {
      const x = r();
      const kind = x < 0.05 ? 'dropped' : x < 0.75 ? 'kept' : x < 0.95 ? 'reworded' : 'changed';
      if (kind === 'dropped') {
        rel.relations.push({ from: [k + 1], to: [], kind, status: 'known', rationale: 'synthetic' });
        return text();
      }
      rel.relations.push({ from: [k + 1], to: [k + 1], kind, status: 'known', rationale: 'synthetic' });
      return kind === 'kept' ? t : reword(t, kind === 'reworded' ? 0.1 : 0.2);
    });
    relations.push(rel);
  }
  p.points = texts.map((t, k) => ({ n: k + 1, status: 'known' as const, themes: [], text: t, sources: ['doc'], wording: { kind: 'verbatim' as const, sources: ['doc'] } }));
  plans.push(p);
}
const corpus: Corpus = {
  version: 'bench', versionDate: '2025-12-31', plans, relations,
  provisions: [{ conflict: 'bench', provisions: Array.from({ length: 20 }, (_, k) => ({ id: `p${k}`, title: `p${k}`, about: 'synthetic', themes: ['diplomacy' as const], seeds: [{ plan: 'v0', point: k * 5 + 1 }] })) }],
  events: { sources: [], events: [] } as never, corrections: { entries: [] } as never,
};
const runs: number[] = [];
const cpu: number[] = [];
for (let k = 0; k < Number(process.env.RUNS ?? 5); k++) {
  const t = performance.now();
  const c0 = process.cpuUsage();
  const h = history(corpus, 'bench');
  const c1 = process.cpuUsage(c0);
  runs.push(performance.now() - t);
  cpu.push((c1.user + c1.system) / 1000);
  if (h.provisions.length !== 20) throw new Error('bench: wrong provision count');
}
runs.sort((x, y) => x - y);
cpu.sort((x, y) => x - y);
const median = runs[Math.floor(runs.length / 2)]!;
console.log(`history(): ${V} versions x ${N} points, 20 provisions: median ${median.toFixed(0)} ms wall, ${cpu[Math.floor(cpu.length / 2)]!.toFixed(0)} ms CPU, of ${runs.length} runs (each run computes its comparisons afresh; target <= 200 ms)`);
if (median > 200) {
  console.log('Target NOT met.');
  process.exit(1);
}
