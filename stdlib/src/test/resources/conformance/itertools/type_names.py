import itertools as it
for obj in [it.count(), it.cycle(''), it.repeat(1), it.accumulate([]), it.chain(),
            it.compress('', ''), it.dropwhile(None, ''), it.takewhile(None, ''),
            it.filterfalse(None, ''), it.groupby(''), it.islice('', 1), it.pairwise(''),
            it.starmap(None, ''), it.zip_longest(), it.product(), it.permutations(''),
            it.combinations('', 1), it.combinations_with_replacement('', 1)]:
    print(type(obj).__name__, hasattr(obj, "__next__"))
