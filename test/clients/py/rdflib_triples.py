"""rdflib's Graph API over SPARQLStore: every triple about one subject; prints {ntriples}.

usage: rdflib_triples.py ENDPOINT SUBJECT_IRI
"""
import json
import sys

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore


def main():
    endpoint, subject = sys.argv[1:3]
    remote = Graph(store=SPARQLStore(endpoint))
    local = Graph()
    for triple in remote.triples((URIRef(subject), None, None)):
        local.add(triple)
    print(json.dumps({"ntriples": local.serialize(format="nt11")}))


main()
