import textwrap

text = "Ünïcödé wörds wrap just like ASCII ones: naïve café résumé déjà-vu über-cool"
for w in (8, 12, 20):
    print(textwrap.wrap(text, w))
print(textwrap.wrap("日本語のテキスト 折り返し テスト", 6))
print(textwrap.wrap("emoji 😀😀😀😀 text 😀-😀 x", 5))
print(textwrap.shorten("naïve café résumé déjà vu", 15))
print(textwrap.wrap("non\xa0breaking\xa0space here", 8))
