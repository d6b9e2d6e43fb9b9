from difflib import SequenceMatcher

s = SequenceMatcher()
print(repr(s.a), repr(s.b), s.isjunk, s.autojunk, s.ratio(), s.get_opcodes())
s.set_seqs('abcd', 'abce')
print(s.a, s.b, s.ratio(), s.get_opcodes())
s.set_seq2('xbcd')
print(s.ratio(), s.get_opcodes())
s.set_seq1('xbcd')
print(s.ratio(), s.get_opcodes())
words = ['ant', 'bat', 'cat', 'dog']
s = SequenceMatcher()
s.set_seq2('cart')
for w in words:
    s.set_seq1(w)
    print(w, round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s = SequenceMatcher(None, 'abc', 'abd', False)
print(s.autojunk, s.get_matching_blocks())
s = SequenceMatcher(isjunk=None, a='x', b='y', autojunk=True)
print(s.get_opcodes(), s.b2j, s.bjunk, s.bpopular)
class Mine(SequenceMatcher):
    def similar(self):
        return self.ratio() > 0.5
m = Mine(None, 'hello', 'hallo')
print(m.similar(), isinstance(m, SequenceMatcher), type(m).__name__)
s = SequenceMatcher(None, 'abcdefghijklmnop', 'abcdefXhijklmnop')
ops = s.get_opcodes()
print(ops is s.get_opcodes(), s.get_matching_blocks() is s.get_matching_blocks())
print(list(s.get_grouped_opcodes(2)))
print(ops)
s.set_seq2('abc')
print(ops is s.get_opcodes(), s.get_opcodes())
