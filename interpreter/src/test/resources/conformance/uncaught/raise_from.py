class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg['port']
    except KeyError as e:
        raise ConfigError('port not configured') from e
print(load({'port': 80}))
print(load({}))
