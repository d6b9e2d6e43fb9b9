MAX_RETRIES = 3


def retry():
    for attempt in range(MAX_RETRY):
        print(attempt)


retry()
