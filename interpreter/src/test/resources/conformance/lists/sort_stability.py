recs = [('ann', 3), ('bob', 1), ('cid', 3), ('dan', 2), ('eve', 1), ('fay', 3)]
by_score = sorted(recs, key=lambda r: r[1])
print(by_score)
by_score_desc = sorted(recs, key=lambda r: r[1], reverse=True)
print(by_score_desc)
print(sorted([1.0, 1, True, 0, False, 0.0], key=lambda v: v))
print(sorted('hello world'))
