class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.item(t) for t in self.text.split(',')]
    def item(self, t):
        if not t:
            raise ValueError('empty item in list')
        return int(t)
print(Parser('1,2,3').parse())
print(Parser('1,,3').parse())
