# Make URL slugs: strip accents via NFKD, drop combining marks, keep letters/digits.
import unicodedata

def slugify(text):
    text = unicodedata.normalize('NFKD', text)
    out = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        cat = unicodedata.category(ch)
        if cat[0] in 'LN':
            out.append(ch.lower())
        elif cat[0] in 'ZP' or ch in '-_':
            if out and out[-1] != '-':
                out.append('-')
    return ''.join(out).strip('-')

for title in ['Crème Brûlée Recipe', 'Ångström & Øresund', 'naïve café — résumé',
              'Ｆｕｌｌｗｉｄｔｈ　Ｔｅｘｔ', 'ﬁne ﬂowers ½ price', 'Ελληνικά κείμενα',
              'Straße №5', '  --Hello,   World!--  ', '東京 2024']:
    print(repr(title), '->', repr(slugify(title)))
