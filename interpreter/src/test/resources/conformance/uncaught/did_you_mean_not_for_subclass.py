class MissingName(NameError):
    pass


raise MissingName('custom', name='lenn')
