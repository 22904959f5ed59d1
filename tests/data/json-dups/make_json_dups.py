"""Writes the duplicate-key skops files of tests/data/json-dups/ (issue 8, family 6).

usage: PYTHONPATH=<skops checkout> /usr/bin/python3 tests/data/json-dups/make_json_dups.py

Technique: JSON lets an object name the same key twice; Python's json.loads
builds a dict, so the LAST value wins (at the position of the first key).
skops reads schema.json with json.loads, so a scanner that keeps the first
value audits something skops never loads: a benign "__class__" first and
"os"/"system" last is loaded by skops as os.system. Source: RFC 8259 section
4 ("names within an object SHOULD be unique", behaviour left to the parser);
Python's json module documentation ("repeated names ... the last name-value
pair is used"); issue 8 of this project.

No library writes duplicate keys, so each file is a real skops file (skops.io.dump
of FunctionTransformer(numpy.log1p), scikit-learn 1.2.1) whose schema.json text
is edited by hand below. expected.json holds what real skops says about each
file (skops.io.get_untrusted_types, or the exception it raises): the tests
compare Skopos against it, never against Skopos itself.
"""
import json
import os
import sys
import zipfile

import numpy as np
import skops.io as sio
from sklearn.preprocessing import FunctionTransformer

here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, "base.skops.tmp")
sio.dump(FunctionTransformer(np.log1p), base)
with zipfile.ZipFile(base) as z:
    members = [(i, z.read(i.filename)) for i in z.infolist()]
os.remove(base)
schema = dict(members)[next(i for i, _ in members if i.filename == "schema.json")].decode()


def object_end(text, open_brace):
    """Index of the '}' closing the object that starts at open_brace."""
    depth, i, in_str = 0, open_brace, False
    while True:
        c = text[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1


def value_of(key, text=None):
    """(start, end) of the object value of the first "key": { ... } in the schema."""
    text = text or schema
    start = text.index('"%s": {' % key) + len(key) + 4
    return start, object_end(text, start)


def append_members(key, extra):
    """The schema with `extra` ("k": v pairs) added at the end of key's object."""
    _, end = value_of(key)
    return schema[:end] + ", " + extra + schema[end:]



def prepend_members(key, extra):
    start, _ = value_of(key)
    return schema[:start + 1] + extra + ", " + schema[start + 1:]


OS_SYSTEM = '"__class__": "system", "__module__": "os"'
cases = {
    # The function node names numpy.log1p, then again os.system: skops loads os.system.
    "class-last-wins.skops": append_members("func", '"__module__": "os", "__class__": "system"'),
    # os.system first, numpy.log1p last: skops loads log1p; nothing dangerous is loaded.
    "class-first-ignored.skops": prepend_members("func", OS_SYSTEM),
    # The estimator's state dict names "func" twice: the last value (os.system)
    # takes the first key's place; the dict keeps one "func".
    "dict-key-last-wins.skops": None,  # below
    # The node says FunctionNode for os.system, then JsonNode: skops builds a
    # JsonNode (the JSON null), which neither imports nor audits anything.
    "loader-last-wins.skops": None,
    # The root names protocol 99 (which Skopos refuses), then skops' own 2: skops reads protocol 2.
    "protocol-first-ignored.skops": '{"protocol": 99, ' + schema[schema.index("{") + 1:],
}

# dict-key-last-wins: the FunctionTransformer's state DictNode content is the
# second "content": { in the text (the first is the ObjectNode's state).
ct_start = schema.index('"content": {', schema.index('"content": {') + 1) + len('"content": ')
ct_end = object_end(schema, ct_start)
cases["dict-key-last-wins.skops"] = (
    schema[:ct_end] + ', "func": {%s, "__loader__": "FunctionNode", "__id__": 1}' % OS_SYSTEM + schema[ct_end:]
)
# loader-last-wins: the "inverse_func" JsonNode (content null) gets a first
# __loader__ FunctionNode and os.system names before its own members.
inv_start, _ = value_of("inverse_func")
inv_body = schema[inv_start + 1:]
cases["loader-last-wins.skops"] = (
    schema[:inv_start + 1] + ' "__loader__": "FunctionNode", ' + OS_SYSTEM + ", " + inv_body
)
# The inverse_func node's own "__class__"/"__module__" (str, builtins) come
# after the inserted ones, so they win too; the __loader__ JsonNode wins.

expected = {}
for name, text in cases.items():
    # Duplicates really are there, and Python keeps the last value.
    pairs_seen = []
    json.loads(text, object_pairs_hook=lambda ps: pairs_seen.append([k for k, _ in ps]) or dict(ps))
    assert any(len(ks) != len(set(ks)) for ks in pairs_seen), name
    path = os.path.join(here, name)
    with zipfile.ZipFile(path + ".tmp", "w", compression=zipfile.ZIP_STORED) as z:
        for info, data in members:
            z.writestr(info.filename, text.encode() if info.filename == "schema.json" else data)
    os.replace(path + ".tmp", path)
    try:
        expected[name] = {"untrusted": sorted(sio.get_untrusted_types(file=path))}
    except Exception as e:  # what skops does with the file
        expected[name] = {"error": "%s: %s" % (type(e).__name__, e)}
    print(name, expected[name], file=sys.stderr)

with open(os.path.join(here, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
    f.write("\n")
