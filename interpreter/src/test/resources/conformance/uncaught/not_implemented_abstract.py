class Exporter:
    def export(self, data):
        raise NotImplementedError("subclasses must implement export()")


class CsvExporter(Exporter):
    def export(self, data):
        return ",".join(map(str, data))


class XmlExporter(Exporter):
    pass


print(CsvExporter().export([1, 2, 3]))
print(XmlExporter().export([1, 2, 3]))
