# Convert a semicolon-separated export (with escapes) into TSV and back, checking fidelity.
import csv

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def lines(self):
        return ''.join(self.parts).splitlines(True)

src = ['id;name;comment', '1;Widget;"says ""hi""; twice"', '2;Gadget;multi', '3;Gizmo;"a\tb"',
       '4;  Spaced;  "quoted after space"']
rows = list(csv.reader(src, delimiter=';', skipinitialspace=True))
for r in rows:
    print(r)
tsv = Buf()
csv.writer(tsv, dialect='excel-tab', lineterminator='\n').writerows(rows)
print(tsv.parts)
again = list(csv.reader(tsv.lines(), dialect='excel-tab'))
print(again == rows)
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print(' | '.join(c.ljust(w) for c, w in zip(r, widths)))
