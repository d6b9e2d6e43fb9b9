x = 1
name = "a"
print(f"{name!}") if x else None
y = = 2
