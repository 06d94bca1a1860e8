"""rdflib parses what a URL answers for an Accept header; prints {contentType, count, nquads, defaultGraph}.

usage: rdflib_parse.py URL ACCEPT RDFLIB_FORMAT
"""
import json
import sys
from urllib.request import Request, urlopen

from rdflib import Dataset


def main():
    url, accept, fmt = sys.argv[1:4]
    with urlopen(Request(url, headers={"Accept": accept})) as response:
        content_type = response.headers["Content-Type"]
        body = response.read()
    dataset = Dataset()
    # publicID: relative IRIs resolve against the URL; rdflib also puts the triples outside any
    # GRAPH block into a graph of that name, so the output says which graph is the default one
    dataset.parse(data=body, format=fmt, publicID=url)
    count = sum(len(g) for g in dataset.contexts())
    print(json.dumps({"contentType": content_type, "count": count, "defaultGraph": url,
                      "nquads": dataset.serialize(format="nquads")}))


main()
