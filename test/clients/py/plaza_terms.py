"""Shared by the client scripts: one JSON shape for an RDF term, whatever the client returned."""

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def term(kind, value, datatype=None, lang=None):
    """{type, value[, datatype][, lang]} with the SPARQL JSON type names; xsd:string is implicit."""
    out = {"type": "bnode" if kind == "bnode" else ("uri" if kind == "uri" else "literal"),
           "value": value}
    if lang:
        out["lang"] = lang.lower()
    elif datatype and datatype not in (XSD_STRING, RDF_LANG_STRING):
        out["datatype"] = datatype
    return out


def from_rdflib(node):
    """An rdflib term (URIRef, Literal, BNode) in the shared shape."""
    from rdflib import BNode, Literal, URIRef
    if isinstance(node, URIRef):
        return term("uri", str(node))
    if isinstance(node, BNode):
        return term("bnode", str(node))
    if isinstance(node, Literal):
        # str() keeps the lexical form as sent, not rdflib's normalised value
        return term("literal", str(node), str(node.datatype) if node.datatype else None,
                    node.language)
    raise TypeError(f"not an RDF term: {node!r}")
