// Validates the lexicon TSV files against src/MtQuality.Core/Lexicons/FORMAT.md and the
// per-file conventions in PHRASES.md. No dependencies.   node tools/lexicons/check-lexicons.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'MtQuality.Core', 'Lexicons');
const REQUIRED = ['name', 'source', 'licence', 'build', 'columns'];
const ENUMS = {
  'boilerplate-phrases': {
    1: new Set(('comment-form comment-count byline share-cta follow-cta app-cta newsletter-cta cookie-notice related-links ' +
      'read-more navigation advert language-switch copyright plugin-error theme-placeholder login tags print-email ' +
      'breadcrumb search-widget date-widget pagination author-box source-credit').split(' ')),
    3: new Set(['line', 'prefix', 'contains']),
  },
  'spun-phrases': { 2: new Set(['science', 'news', 'general']) },
  'reporting-verbs': { 1: new Set(['usual', 'unusual']) },
  'name-variants': { 2: new Set(['place', 'person', 'organisation', 'antipattern']) },
};
let errors = 0;
const err = (f, n, m) => { errors++; console.error(`${f}:${n}: ${m}`); };

for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const header = {};
  let inHeader = true, ncols = 0, entries = 0;
  const keys = new Map();
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '') return;
    if (line.includes('\r')) err(file, n, 'CR character');
    if (line.startsWith('#')) {
      const m = /^# ([a-z-]+): (.*)$/.exec(line);
      if (inHeader && m) header[m[1]] = m[2];
      return;
    }
    if (inHeader) {
      inHeader = false;
      for (const k of REQUIRED) if (!header[k]) err(file, n, `missing header "# ${k}:"`);
      ncols = (header.columns || '').split('<TAB>').length;
    }
    entries++;
    const cols = line.split('\t');
    if (cols.length !== ncols) err(file, n, `expected ${ncols} columns, got ${cols.length}`);
    if (cols.some((c) => c !== c.trim() || c === '')) err(file, n, 'empty column or surrounding whitespace');
    if (line.normalize('NFC') !== line) err(file, n, 'not NFC');
    const en = ENUMS[header.name] || {};
    for (const [idx, set] of Object.entries(en)) if (!set.has(cols[idx])) err(file, n, `bad value "${cols[idx]}" in column ${+idx + 1}`);
    // key uniqueness: (key, lang) for stopwords, key alone otherwise; case-insensitive except
    // name-variants, whose variants are matched case-sensitively
    let key = header.name === 'stopwords' ? cols[0] + '\t' + cols[1] : cols[0];
    if (header.name !== 'name-variants') key = key.toLowerCase();
    if (keys.has(key)) err(file, n, `duplicate key "${cols[0]}" (first on line ${keys.get(key)})`);
    else keys.set(key, n);
  });
  if (header.name && header.name !== file.replace(/\.tsv$/, '')) err(file, 1, `# name: ${header.name} does not match file name`);
  console.log(`${file}: ${entries} entries`);
}
if (errors) { console.error(`${errors} problem(s)`); process.exit(1); }
console.log('lexicons OK');
