# Summarise a sales CSV: group by region, compute totals, write a report CSV.
import csv

data = """region,rep,units,price
North,Ann,10,2.50
South,Bob,3,10.00
North,"Smith, Jo",7,2.50
East,Dee,,4.00
South,Bob,5,10.00
West,"Eve ""The Closer"" X",12,1.25
North,Ann,1,2.50
"""

totals = {}
problems = []
reader = csv.DictReader(data.splitlines())
for row in reader:
    try:
        units = int(row['units'])
    except ValueError:
        problems.append((reader.line_num, row['rep'], 'bad units %r' % row['units']))
        continue
    amount = units * float(row['price'])
    t = totals.setdefault(row['region'], {'units': 0, 'amount': 0.0, 'reps': set()})
    t['units'] += units
    t['amount'] += amount
    t['reps'].add(row['rep'])

class Out:
    def __init__(self):
        self.lines = []
    def write(self, s):
        self.lines.append(s)

out = Out()
w = csv.DictWriter(out, ['region', 'units', 'amount', 'reps'], lineterminator='\n')
w.writeheader()
for region in sorted(totals):
    t = totals[region]
    w.writerow({'region': region, 'units': t['units'], 'amount': '%.2f' % t['amount'],
                'reps': '; '.join(sorted(t['reps']))})
print(''.join(out.lines), end='')
for p in problems:
    print('problem:', *p)
