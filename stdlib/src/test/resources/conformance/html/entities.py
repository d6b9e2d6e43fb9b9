from html import entities

print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name),
      len(entities.entitydefs))
print(list(entities.html5)[:6])
print(entities.html5["amp;"], entities.html5["amp"], repr(entities.html5["nbsp;"]))
print(entities.name2codepoint["eacute"], entities.codepoint2name[0x3b1], entities.entitydefs["copy"])
print(sorted(k for k in entities.html5 if k.startswith("notin")))
print(sum(1 for k in entities.html5 if not k.endswith(";")))
print(max(len(k) for k in entities.html5))
print(sorted(entities.name2codepoint)[:5])
