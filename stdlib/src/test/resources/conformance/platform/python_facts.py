import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(sys.version.startswith(platform.python_version()))
print(all(isinstance(f(), str) for f in [platform.system, platform.node, platform.release,
                                          platform.version, platform.machine,
                                          platform.processor, platform.platform,
                                          platform.python_implementation,
                                          platform.python_branch, platform.python_revision,
                                          platform.python_compiler]))
print(type(platform.python_build()).__name__, len(platform.python_build()))
print(platform.system_alias('a', 'b', 'c'))
print(platform.mac_ver(), platform.mac_ver('x'), platform.win32_ver(), platform.win32_ver('a', 'b'))
print(platform.java_ver(), platform.win32_edition(), platform.win32_is_iot())
