import_count = 1
print(completely_different)
