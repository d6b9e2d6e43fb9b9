# Decode an application/x-www-form-urlencoded body and validate it.
from urllib.parse import parse_qsl, quote_plus, unquote

body = 'name=Ana+Mar%C3%ADa&email=ana%40example.com&age=31&tags=x&tags=y&bio=&agree=on&bad=%E9'
fields = {}
for k, v in parse_qsl(body, keep_blank_values=True, max_num_fields=20):
    fields.setdefault(k, []).append(v)
for k in sorted(fields):
    print(k, fields[k])
errors = []
if '@' not in fields['email'][0]:
    errors.append('email')
if not fields['age'][0].isdigit():
    errors.append('age')
print('errors:', errors)
echo = '&'.join(quote_plus(k) + '=' + quote_plus(v) for k, vs in sorted(fields.items()) for v in vs)
print(echo)
print(unquote(echo.replace('+', ' ')) == unquote(echo.replace('+', '%20')))
try:
    parse_qsl(body, max_num_fields=3)
except ValueError as e:
    print('ValueError', e)
