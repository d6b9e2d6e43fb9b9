import random
print(random.Random(0).choice("a"))
random.choice(())
