# Suggest corrections for misspelled words against a small dictionary.
import difflib

dictionary = '''the of and to in is you that it he was for on are as with his they at be this
have from or one had by word but not what all were we when your can said there use an each
which she do how their if will up other about out many then them these so some her would make
like him into time has look two more write go see number no way could people my than first
water been call who oil its now find long down day did get come made may part'''.split()
text = 'teh peple hwo cal wrd abot thier watr wich hve maby tiem'
for word in text.split():
    if word in dictionary:
        print(word, 'ok')
        continue
    best = difflib.get_close_matches(word, dictionary, n=3, cutoff=0.6)
    scored = [(w, round(difflib.SequenceMatcher(None, word, w).ratio(), 3)) for w in best]
    print(word, '->', scored)
