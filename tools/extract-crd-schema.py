#!/usr/bin/env python3
"""Extracts a CRD's openAPIV3Schema into the compact JSON that core/config bundles.

Usage: tools/extract-crd-schema.py CRD.yaml OUT.json [VERSION]

`description` texts are dropped (they are documentation, not constraints, and make up most
of the file); everything else is kept as the CRD has it. Run it again when a CRD is updated
and record the source commit in resources/crd/README.md.
"""
import json
import sys

import yaml


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        crd = next(d for d in yaml.safe_load_all(f) if d)
    versions = crd["spec"]["versions"]
    wanted = sys.argv[3] if len(sys.argv) > 3 else None
    version = next(v for v in versions if wanted in (None, v["name"]))
    schema = strip(version["schema"]["openAPIV3Schema"])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(schema, out, separators=(",", ":"), sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
