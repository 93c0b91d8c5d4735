// Builds src/MtQuality.Core/Lexicons/stopwords.tsv from the npm package stopwords-iso (MIT),
// pinned in tools/lexicons/stopwords/package.json + package-lock.json.
//
//   cd tools/lexicons/stopwords && npm ci && node ../build-stopwords.mjs
//
// Deterministic: languages in a fixed order, words NFC-normalised, trimmed, lower-cased,
// de-duplicated per language and sorted by code point within each language.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, 'stopwords', 'node_modules', 'stopwords-iso');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const data = JSON.parse(readFileSync(join(pkgDir, pkg.main || 'stopwords-iso.json'), 'utf8'));
const out = join(here, '..', '..', 'src', 'MtQuality.Core', 'Lexicons', 'stopwords.tsv');

const LANGS = ['en', 'fr', 'es', 'it', 'de', 'pt', 'ru', 'nl', 'pl', 'tr'];
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const lines = [
  '# name: stopwords',
  `# source: npm package stopwords-iso@${pkg.version} (${pkg.repository}), languages ${LANGS.join(',')}`,
  `# licence: ${pkg.license}`,
  '# build: cd tools/lexicons/stopwords && npm ci && node ../build-stopwords.mjs',
  '# columns: word<TAB>lang',
  '# case: folded',
];
const counts = {};
for (const lang of LANGS) {
  const words = data[lang];
  if (!Array.isArray(words)) throw new Error(`stopwords-iso has no list for ${lang}`);
  const set = new Set();
  for (const w of words) {
    const t = String(w).normalize('NFC').trim().toLowerCase();
    if (t && !/[\t\r\n]/.test(t)) set.add(t);
  }
  const sorted = [...set].sort(cmp);
  counts[lang] = sorted.length;
  for (const w of sorted) lines.push(`${w}\t${lang}`);
}
writeFileSync(out, lines.join('\n') + '\n', 'utf8');
console.log(`wrote ${out}: ` + LANGS.map((l) => `${l}=${counts[l]}`).join(' '));
