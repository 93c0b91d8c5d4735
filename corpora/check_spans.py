#!/usr/bin/env python3
"""Check a blind set's gold file (the one *-gold.tsv in FOLDER): header, six columns, a known kind, and every span
occurs in its line (or, for line '*', in some line) of the article the seed column names (a file in FOLDER whose
name starts with the seed and '-' or '_'). Usage: python3 corpora/check_spans.py corpora/blind4"""
import glob, os, sys
D = sys.argv[1] if len(sys.argv) > 1 else '.'
golds = glob.glob(os.path.join(D, '*-gold.tsv'))
assert len(golds) == 1, f'expected one *-gold.tsv in {D}, found {golds}'
rows = open(golds[0], encoding='utf-8').read().rstrip('\n').split('\n')
assert rows[0].split('\t') == ['seed', 'line', 'kind', 'family', 'span', 'note'], rows[0]
texts = {os.path.basename(f): open(f, encoding='utf-8').read().split('\n') for f in glob.glob(os.path.join(D, '*.txt'))}
def article(seed):
    names = [n for n in texts if n.startswith(seed + '-') or n.startswith(seed + '_')]
    assert len(names) == 1, f'seed {seed}: {names}'
    return texts[names[0]]
bad = 0
for r in rows[1:]:
    seed, line, kind, fam, span, note = r.split('\t')
    assert kind in ('boilerplate', 'content', 'artifact'), r
    lines = article(seed) if line == '*' else [article(seed)[int(line) - 1]]
    if not any(span in l for l in lines):
        bad += 1
        print('span not in line:', r)
print(f'{os.path.basename(golds[0])}: {len(rows) - 1} rows, {bad} bad')
sys.exit(1 if bad else 0)
