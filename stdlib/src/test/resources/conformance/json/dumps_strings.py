import json
s = "quote\" back\\ slash/ \b\f\n\r\t \x00\x01\x1f \x7f é ü 中文 😀 \u2028"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps(["\ud83d\ude00", "\U0001F4A9"]))
print(len(json.dumps("😀")), len(json.dumps("😀", ensure_ascii=False)))
