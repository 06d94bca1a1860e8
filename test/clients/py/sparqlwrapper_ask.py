"""SPARQLWrapper runs the ASK on stdin; prints {contentType, boolean}.

usage: sparqlwrapper_ask.py ENDPOINT json|xml GET|POST
"""
import json
import sys

from SPARQLWrapper import GET, POST, SPARQLWrapper


def main():
    endpoint, fmt, method = sys.argv[1:4]
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(sys.stdin.read())
    sparql.setReturnFormat(fmt)
    sparql.setMethod(GET if method == "GET" else POST)
    result = sparql.query()
    converted = result.convert()
    if fmt == "json":
        value = converted["boolean"]
    else:
        text = converted.getElementsByTagName("boolean")[0].firstChild.data.strip()
        value = text == "true"
    print(json.dumps({"contentType": result.info()["content-type"], "boolean": value}))


main()
