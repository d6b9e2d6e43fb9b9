import json
docs = ['', ' ', '[', '[1,', '[1,]', '{"a":1,}', '{', '{"a"', '{"a" 1}', '{"a":}',
        '[1 2]', '01', '1.', '-', '-a', '"abc', '"a\\x"', '"\\u12"', '"\\u12', '"\\u12zz"',
        '"\\ud800\\u12zz"', '"a\nb"', '[1]x', 'nul', 'tru', 'NaNx', '-INF', '\ufeff1',
        '{"a":1 "b":2}', '{1:2}', '"\\', 'x\n\n  y', '[\n1,\n2,\nx]', '"😀" x', "{'a': 1}",
        '[1, 2', '{"a": [1, {"b": }]}', '1 2', 'true false', '[.5]', '[1e]', '[+1]',
        '"\t"', 'Infinityx', '[-Infinity, -Inf]', '{"a":1}}', '  \n  ]']
for doc in docs:
    try:
        json.loads(doc)
        print("ok", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
