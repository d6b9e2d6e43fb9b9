import csv

class Collect:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s

rows = [
    ['plain', 'with space', ' lead', 'trail ', ''],
    ['comma,inside', 'quote"inside', '""', '"', ','],
    ['new\nline', 'cr\rreturn', 'crlf\r\nend', '\n', '\r\n'],
    ['tab\tchar', '\u00e9\u00e8', '\u65e5\u672c\u8a9e', '\U0001F600,\U0001F601', '\\back'],
]
for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    for dialect in ['excel', 'excel-tab', 'unix']:
        c = Collect()
        csv.writer(c, dialect, quoting=quoting).writerows(rows)
        back = list(csv.reader(c.text.splitlines(True), dialect, quoting=csv.QUOTE_MINIMAL))
        print(quoting, dialect, back == rows, len(c.text))
c = Collect()
csv.writer(c, quoting=csv.QUOTE_NONE, escapechar='\\').writerows(rows)
print(repr(c.text))
print(list(csv.reader(c.text.splitlines(True), quoting=csv.QUOTE_NONE, escapechar='\\')))
