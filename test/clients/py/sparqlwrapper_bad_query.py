"""SPARQLWrapper sends the malformed query on stdin; prints {raised, message} (the client's exception).

usage: sparqlwrapper_bad_query.py ENDPOINT GET|POST
"""
import json
import sys

from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException


def main():
    endpoint, method = sys.argv[1:3]
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(sys.stdin.read())
    sparql.setReturnFormat(JSON)
    sparql.setMethod(GET if method == "GET" else POST)
    try:
        sparql.query().convert()
        print(json.dumps({"raised": None, "message": ""}))
    except SPARQLWrapperException as error:
        print(json.dumps({"raised": type(error).__name__, "message": str(error)}))


main()
