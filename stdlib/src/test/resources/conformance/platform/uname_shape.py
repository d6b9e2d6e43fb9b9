import platform

u = platform.uname()
print(type(u).__name__, isinstance(u, tuple), len(u), u._fields)
print(u.system == platform.system(), u.node == platform.node(), u.release == platform.release(),
      u.version == platform.version(), u.machine == platform.machine(),
      u.processor == platform.processor())
print(list(u) == [u.system, u.node, u.release, u.version, u.machine, u.processor])
print(repr(u).startswith('uname_result(system='), 'processor' in repr(u))
print(platform.uname() == u, u[0] == u.system)
bits, linkage = platform.architecture()
print(bits in ('32bit', '64bit'), isinstance(linkage, str))
print(platform.platform(terse=True).startswith(platform.system()))
print(platform.platform().startswith(platform.system()))
