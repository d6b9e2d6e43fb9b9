import io
import json
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, call, patch


class WeatherClient:
    def __init__(self, http):
        self.http = http

    def temperature(self, city):
        response = self.http.get(f"/weather/{city}")
        if response.status != 200:
            raise RuntimeError(f"bad status {response.status}")
        return json.loads(response.body)["temp"]


def save_report(store, items):
    for item in items:
        store.put(item["id"], item)
    store.commit()
    return len(items)


class Tests(unittest.TestCase):
    def test_client(self):
        http = Mock()
        http.get.return_value = Mock(status=200, body='{"temp": 21}')
        self.assertEqual(WeatherClient(http).temperature("oslo"), 21)
        http.get.assert_called_once_with("/weather/oslo")

    def test_client_error(self):
        http = Mock()
        http.get.return_value.status = 500
        with self.assertRaisesRegex(RuntimeError, "bad status 500"):
            WeatherClient(http).temperature("x")

    def test_store(self):
        store = MagicMock()
        n = save_report(store, [{"id": 1}, {"id": 2}])
        self.assertEqual(n, 2)
        store.put.assert_has_calls([call(1, {"id": 1}), call(2, {"id": 2})])
        self.assertEqual(store.mock_calls[-1], call.commit())
        store.commit.assert_called_once()

    @patch("json.loads")
    def test_patched(self, loads):
        loads.return_value = {"temp": -5}
        http = Mock(**{"get.return_value.status": 200})
        self.assertEqual(WeatherClient(http).temperature("x"), -5)
        self.assertTrue(loads.called)

    def test_patch_object_side_effect(self):
        with patch.object(WeatherClient, "temperature", side_effect=[1, ValueError("boom")]):
            c = WeatherClient(None)
            self.assertEqual(c.temperature("a"), 1)
            with self.assertRaises(ValueError):
                c.temperature("b")

    def test_failing_assertion(self):
        m = Mock()
        m(1)
        m.assert_called_with(2)

    def test_magic(self):
        m = MagicMock()
        m.__len__.return_value = 3
        m.__getitem__.side_effect = lambda k: k.upper()
        self.assertEqual(len(m), 3)
        self.assertEqual(m["a"], "A")
        with m as entered:
            self.assertIs(entered, m.__enter__.return_value)


suite = unittest.TestLoader().loadTestsFromTestCase(Tests)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().splitlines():
    if line.startswith(("test_", "AssertionError", "FAIL", "OK", "FAILED")):
        print(line)
print(result.testsRun, len(result.failures), len(result.errors))
