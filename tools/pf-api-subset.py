#!/usr/bin/env python3
"""Writes the stand-in's subset of PingFederate's admin API (OpenAPI 3) to standard output.

Usage: tools/pf-api-subset.py app/src/test/resources/testdata/pingfederate/pf-admin-api-12.1.0.4.yaml > \
       app/src/main/resources/io/p1vault/pingfederate/standin/pf-admin-api-12.1.0.4-pingone-subset.json

The subset holds the PATHS below and every schema they or ROOTS reach through $ref, so the
stand-in's validator never meets a dangling reference. Needs PyYAML (Debian: python3-yaml).
"""
import json
import sys

import yaml

SOURCE = ("pingidentity/pingfederate-go-client@4d67e7ac35b106c612a1c57a5e19eb7e3210c712:"
          "api/pf-swagger.yaml (PF 12.1.0.4)")
PATHS = ["/idp/connectors/descriptors", "/idp/connectors/descriptors/{id}", "/pingOneConnections",
         "/pingOneConnections/{id}/credentialStatus", "/pingOneConnections/{id}/environments",
         "/pingOneConnections/{id}/usage", "/pingOneConnections/{id}/serviceAssociations",
         "/pingOneConnections/{id}", "/idp/spConnections", "/idp/spConnections/{id}", "/dataStores", "/version"]
ROOTS = ["SpConnection", "SpConnections", "DataStores", "LdapDataStore"]


def refs(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                found.add(value.rsplit("/", 1)[1])
            else:
                refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


def main(spec_file):
    spec = yaml.safe_load(open(spec_file, encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    paths = {p: spec["paths"][p] for p in PATHS}
    wanted = set(ROOTS)
    refs(paths, wanted)
    done = set()
    while wanted - done:
        name = sorted(wanted - done)[0]
        done.add(name)
        refs(schemas[name], wanted)
    subset = {"source": SOURCE, "servers": spec["servers"], "securitySchemes": spec["components"]["securitySchemes"],
              "paths": paths, "schemas": {name: schemas[name] for name in sorted(done)}}
    json.dump(subset, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
