"""SPARQLWrapper runs the SELECT on stdin; prints {contentType, rows} (rows in the plaza_terms shape).

usage: sparqlwrapper_select.py ENDPOINT json|xml|csv|tsv GET|POST|POSTDIRECTLY [OPTION...]
options: conneg-only, default-graph=IRI, named-graph=IRI
"""
import csv
import io
import json
import sys

from SPARQLWrapper import GET, POST, POSTDIRECTLY, SPARQLWrapper, URLENCODED

from plaza_terms import term


def rows_from_json(doc):
    return [{name: term(b["type"].replace("typed-literal", "literal"), b["value"],
                        b.get("datatype"), b.get("xml:lang"))
             for name, b in binding.items()} for binding in doc["results"]["bindings"]]


def rows_from_xml(dom):
    rows = []
    for result in dom.getElementsByTagName("result"):
        row = {}
        for binding in result.getElementsByTagName("binding"):
            node = next(n for n in binding.childNodes if n.nodeType == n.ELEMENT_NODE)
            text = "".join(t.data for t in node.childNodes)
            row[binding.getAttribute("name")] = term(
                node.tagName, text, node.getAttribute("datatype") or None,
                node.getAttribute("xml:lang") or None)
        rows.append(row)
    return rows


def rows_from_text(data, delimiter):
    # CSV and TSV carry no term types: compare the values as strings (unbound is "")
    text = data.decode("utf-8")
    if delimiter == ",":
        return [dict(r) for r in csv.DictReader(io.StringIO(text))]
    lines = text.rstrip("\n").split("\n")
    names = [h.lstrip("?") for h in lines[0].split("\t")]
    return [dict(zip(names, line.split("\t"))) for line in lines[1:]]


def main():
    endpoint, fmt, method = sys.argv[1:4]
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(sys.stdin.read())
    sparql.setReturnFormat(fmt)
    sparql.setMethod(GET if method == "GET" else POST)
    sparql.setRequestMethod(POSTDIRECTLY if method == "POSTDIRECTLY" else URLENCODED)
    for option in sys.argv[4:]:
        if option == "conneg-only":
            sparql.setOnlyConneg(True)
        elif option.startswith("default-graph="):
            sparql.addDefaultGraph(option.split("=", 1)[1])
        elif option.startswith("named-graph="):
            sparql.addNamedGraph(option.split("=", 1)[1])
        else:
            raise SystemExit(f"unknown option {option}")
    result = sparql.query()
    converted = result.convert()
    if fmt == "json":
        rows = rows_from_json(converted)
    elif fmt == "xml":
        rows = rows_from_xml(converted)
    else:
        rows = rows_from_text(converted, "," if fmt == "csv" else "\t")
    print(json.dumps({"contentType": result.info()["content-type"], "rows": rows}))


main()
