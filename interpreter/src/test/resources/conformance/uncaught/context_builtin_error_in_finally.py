def close(resource):
    try:
        return resource['handle'] / 0
    finally:
        print('cleanup')
        resource['missing']


close({'handle': 1})
