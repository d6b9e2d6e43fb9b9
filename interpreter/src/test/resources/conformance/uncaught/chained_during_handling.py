class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("not a number: " + text)


print(parse("12"))
parse("twelve")
