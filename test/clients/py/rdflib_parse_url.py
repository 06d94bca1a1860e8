"""rdflib's Graph().parse(url) with no format: its own Accept header and Content-Type sniffing; prints {count}.

usage: rdflib_parse_url.py URL
"""
import json
import sys

from rdflib import Graph


def main():
    print(json.dumps({"count": len(Graph().parse(sys.argv[1]))}))


main()
