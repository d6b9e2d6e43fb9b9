def connect(host, port=80, *paths, secure=False, **options):
    return host, port, paths, secure, options
print(connect('h'))
print(connect('h', 443, '/a', '/b', secure=True, retries=3))
print(connect(host='x', port=1))
print(connect('h', timeout=5))
