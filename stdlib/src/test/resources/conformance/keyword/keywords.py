import keyword
print(keyword.kwlist == sorted(keyword.kwlist), len(keyword.kwlist), keyword.iskeyword("if"), keyword.iskeyword("x"), keyword.issoftkeyword("match"), keyword.softkwlist)
