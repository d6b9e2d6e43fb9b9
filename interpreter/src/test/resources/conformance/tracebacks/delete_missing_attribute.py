class A: pass
del A().y
