#!/usr/bin/env python3
"""Check blind5-gold.tsv: header, six columns, and every span occurs in its line (or, for line '*', in some line)."""
import glob, os, sys
D = os.path.dirname(os.path.abspath(__file__))
files = {os.path.basename(f)[:5]: open(f, encoding='utf-8').read().split('\n') for f in glob.glob(os.path.join(D, 'r5-*.txt'))}
rows = open(os.path.join(D, 'blind5-gold.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')
assert rows[0].split('\t') == ['seed', 'line', 'kind', 'family', 'span', 'note'], rows[0]
bad = 0
for r in rows[1:]:
    seed, line, kind, fam, span, note = r.split('\t')
    assert kind in ('boilerplate', 'content', 'artifact'), r
    lines = files[seed] if line == '*' else [files[seed][int(line) - 1]]
    if not any(span in l for l in lines):
        bad += 1
        print('span not in line:', r)
print(f'{len(rows) - 1} rows, {bad} bad')
sys.exit(1 if bad else 0)
