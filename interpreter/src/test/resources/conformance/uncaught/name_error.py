print('before')
defined_here = 1
print(defined_here)
del defined_here
print('deleted')
print(completely_unknown_identifier_qqq)
