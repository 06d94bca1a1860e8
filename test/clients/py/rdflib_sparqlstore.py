"""rdflib's SPARQLStore as a Graph's store runs the query on stdin; prints {type, rows|boolean|ntriples}.

usage: rdflib_sparqlstore.py ENDPOINT GET|POST|POST_FORM xml|json|csv|tsv
"""
import json
import sys

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from plaza_terms import from_rdflib


def main():
    endpoint, method, fmt = sys.argv[1:4]
    graph = Graph(store=SPARQLStore(endpoint, method=method, returnFormat=fmt))
    result = graph.query(sys.stdin.read())
    if result.type == "SELECT":
        rows = [{str(name): from_rdflib(value) for name, value in row.asdict().items()}
                for row in result]
        print(json.dumps({"type": "SELECT", "rows": rows}))
    elif result.type == "ASK":
        print(json.dumps({"type": "ASK", "boolean": bool(result.askAnswer)}))
    else:
        print(json.dumps({"type": result.type,
                          "ntriples": result.graph.serialize(format="nt11")}))


main()
