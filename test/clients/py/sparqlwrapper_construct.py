"""SPARQLWrapper runs the CONSTRUCT on stdin into an rdflib Graph; prints {contentType, count, ntriples}.

usage: sparqlwrapper_construct.py ENDPOINT xml|turtle|n3|json-ld GET|POST
"""
import json
import sys

from rdflib import Graph
from SPARQLWrapper import GET, POST, SPARQLWrapper


def main():
    endpoint, fmt, method = sys.argv[1:4]
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(sys.stdin.read())
    sparql.setReturnFormat(fmt)
    sparql.setMethod(GET if method == "GET" else POST)
    result = sparql.query()
    converted = result.convert()
    # SPARQLWrapper gives a Graph for RDF/XML and JSON-LD, the raw bytes for Turtle/N3
    graph = converted if isinstance(converted, Graph) else Graph().parse(
        data=converted, format="turtle")
    print(json.dumps({"contentType": result.info()["content-type"], "count": len(graph),
                      "ntriples": graph.serialize(format="nt11")}))


main()
