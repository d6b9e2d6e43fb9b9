import math
print([math.gamma(n) for n in range(1, 25)])
print(math.gamma(0.5), math.gamma(-1.5), math.gamma(math.inf), math.gamma(1e-300), math.gamma(-200.5))
print(math.lgamma(1), math.lgamma(2), math.lgamma(0.5), math.lgamma(math.inf), math.lgamma(-math.inf), math.lgamma(1e-30))
print(math.erf(0), math.erf(-0.0), math.erf(math.inf), math.erf(-math.inf), math.erf(0.5), math.erf(10), math.erf(-10))
print(math.erfc(0), math.erfc(math.inf), math.erfc(-math.inf), math.erfc(30), math.erfc(-10))
print(math.erf(math.nan), math.gamma(math.nan), math.lgamma(math.nan))
