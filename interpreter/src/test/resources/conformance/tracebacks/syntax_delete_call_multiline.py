del (f(
  1))
