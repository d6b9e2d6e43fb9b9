class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return int(settings[key])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"setting {key!r} is invalid") from e
s = {"port": "80", "workers": "many"}
print(load(s, "port"))
print(load(s, "workers"))
